package com.caio.engine.pilot;

/**
 * Derived by a resolving rule: the one recommendation (SCALE, STOP, EXTEND or
 * INVESTIGATE).
 */
public record PilotDecision(String decision, String ruleId, String reason) {

	public static final String SCALE = "SCALE";

	public static final String STOP = "STOP";

	public static final String EXTEND = "EXTEND";

	public static final String INVESTIGATE = "INVESTIGATE";

}
