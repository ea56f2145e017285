package com.caio.engine.economics.model;

/**
 * A saving of the fractional option on one basis ({@code year1}, {@code steadyState} or
 * {@code threeYear}), in percent of the full-time cost.
 */
public record SavingFigure(String basis, String label, double savingPct) {
}
