package com.caio.engine.pilot;

/** A rule that fired for a result, with the outcome it supported and why. */
public record FiredRule(String ruleId, String outcome, String reason) {
}
