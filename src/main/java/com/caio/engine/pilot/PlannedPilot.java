package com.caio.engine.pilot;

import java.util.List;

/** A planned pilot: its design and whether its data readiness lets it start. */
public record PlannedPilot(PilotPlan plan, Readiness readiness) {

	/** The readiness verdict of the rules, with what blocks the start. */
	public record Readiness(boolean readyToStart, List<FiredRule> gaps, List<FiredRule> firedRules) {
	}

}
