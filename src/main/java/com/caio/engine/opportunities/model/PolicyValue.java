package com.caio.engine.opportunities.model;

/**
 * A policy value from {@code rules/opportunities/policy.drl.csv}, with its source.
 *
 * @param key e.g. {@code backlog.min}
 */
public record PolicyValue(String key, double value, String source, String ruleId) {
}
