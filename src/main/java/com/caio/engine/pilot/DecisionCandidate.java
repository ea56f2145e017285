package com.caio.engine.pilot;

/**
 * Derived by a decision rule: an outcome it supports and why, in a sentence with the
 * numbers.
 */
public record DecisionCandidate(String decision, String ruleId, String reason) {
}
