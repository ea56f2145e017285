package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A training module delivered.
 *
 * @param assessed whether the participants' learning was assessed
 */
public record Training(String id, String module, LocalDate date, List<String> participants, boolean assessed,
		String supersedes) implements EngagementEvent {

	public Training {
		participants = List.copyOf(participants);
	}

	@Override
	public String kind() {
		return "training";
	}

}
