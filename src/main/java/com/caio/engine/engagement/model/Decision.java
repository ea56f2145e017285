package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision taken by the client: board budget, next step, steering, go/no-go,
 * procurement route.
 *
 * @param decisionKind e.g. {@code board-budget}, {@code next-step}, {@code steering}
 * @param artefact what the decision is about, when it is about one (the pilot of a
 * steering decision), or null
 */
public record Decision(String id, String decisionKind, String outcome, Double amount, String currency, LocalDate date,
		List<String> decidedBy, String artefact, String supersedes) implements EngagementEvent {

	public Decision {
		decidedBy = List.copyOf(decidedBy);
	}

	@Override
	public String kind() {
		return "decision";
	}

}
