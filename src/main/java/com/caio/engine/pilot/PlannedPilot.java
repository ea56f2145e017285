package com.caio.engine.pilot;

import java.time.Instant;
import java.util.List;

/** A planned pilot: its design and whether its data readiness lets it start. */
public record PlannedPilot(Long id, Instant createdAt, String ruleSetVersion, PilotPlan plan, Readiness readiness) {

	/** The readiness verdict of the rules, with what blocks the start. */
	public record Readiness(boolean readyToStart, List<FiredRule> gaps, List<FiredRule> firedRules) {
	}

	PlannedPilot withId(long newId) {
		return new PlannedPilot(newId, createdAt, ruleSetVersion, plan, readiness);
	}
}
