package com.caio.engine.opportunities.model;

/** The one decision for a top use case: GO, GO_WITH_CONDITIONS or NO_GO. */
public record GoDecision(String opportunityId, String decision, String ruleId, String reason) {

	public static final String GO = "GO";

	public static final String GO_WITH_CONDITIONS = "GO_WITH_CONDITIONS";

	public static final String NO_GO = "NO_GO";

}
