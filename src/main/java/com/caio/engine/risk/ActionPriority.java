package com.caio.engine.risk;

/**
 * Derived by a roadmap-priority rule: where a risk's remediation action stands in the
 * roadmap. Actions run by {@code group} ascending, then by {@code value} descending; the
 * rules in roadmap-priority.drl decide both, so a business user can change the order.
 */
public record ActionPriority(Risk risk, int group, double value, String rule) {
}
