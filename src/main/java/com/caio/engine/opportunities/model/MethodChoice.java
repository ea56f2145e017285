package com.caio.engine.opportunities.model;

/** The scoring method the rules chose: RICE, WSJF or WEIGHTED. */
public record MethodChoice(String method, String ruleId) {
}
