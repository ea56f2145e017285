package com.caio.engine.opportunities.model;

/**
 * The simulated time to MVP of one delivery mode, in working days.
 *
 * @param withinTarget the probability of finishing by the target date (0-1)
 */
public record ModeOutcome(String mode, double p50Days, double p80Days, double withinTarget, double targetMonths) {
}
