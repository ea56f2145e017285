package com.caio.engine.pilot;

/**
 * Derived by a rule: something the reader must check that does not change the
 * recommendation (e.g. a borderline sample ratio).
 */
public record PilotWarning(String ruleId, String reason) {

	/** The outcome a warning carries among the fired rules. */
	public static final String OUTCOME = "WARNING";

}
