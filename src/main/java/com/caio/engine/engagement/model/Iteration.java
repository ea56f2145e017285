package com.caio.engine.engagement.model;

import java.time.LocalDate;

/**
 * An AI-feature iteration cycle a product team ran, and how much coaching it had:
 * {@code advisory} (the team ran it, the coach advised) or {@code hands-on}.
 */
public record Iteration(String id, String team, String feature, String coaching, LocalDate date,
		String supersedes) implements EngagementEvent {

	public static final String ADVISORY = "advisory";

	@Override
	public String kind() {
		return "iteration";
	}

	/** Whether the team ran it with coaching reduced to advisory mode. */
	public boolean advisory() {
		return ADVISORY.equals(coaching);
	}

}
