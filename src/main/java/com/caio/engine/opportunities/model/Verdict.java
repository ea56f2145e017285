package com.caio.engine.opportunities.model;

/**
 * A reason a rule found for or against a go: {@link #NO_GO} stops the use case,
 * {@link #CONDITION} attaches a condition to its go.
 */
public record Verdict(String opportunityId, String kind, String ruleId, String reason) {

	public static final String NO_GO = "NO_GO";

	public static final String CONDITION = "CONDITION";

}
