package com.caio.engine.opportunities.model;

/**
 * The weight of one input of the weighted score.
 *
 * @param input uplift, reach, confidence, effort, risk or readiness
 */
public record Weight(String input, double weight, String ruleId) {
}
