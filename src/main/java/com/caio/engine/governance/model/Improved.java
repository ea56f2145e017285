package com.caio.engine.governance.model;

/**
 * Derived by the KPI rules: the KPI improved measurably at the review of {@code month}.
 */
public record Improved(String kpi, int month, String rule) {
}
