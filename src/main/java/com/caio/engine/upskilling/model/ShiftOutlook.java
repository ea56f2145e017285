package com.caio.engine.upskilling.model;

/**
 * The capability indicator as the rules see it: external AI hours against the baseline.
 *
 * @param latestMonth the last programme month observed (1 = the first)
 * @param observedAtTarget the reduction observed in the target month; NaN until it is
 * observed
 * @param projectedReduction the fitted trend's reduction at the target month; NaN without
 * a trend
 * @param probability the probability the target month's mean is at or below the target;
 * NaN without a trend
 */
public record ShiftOutlook(int trendMonths, int latestMonth, double latestReduction, double observedAtTarget,
		double projectedReduction, double probability) {

	public boolean hasTrend() {
		return !Double.isNaN(probability);
	}

	public boolean targetObserved() {
		return !Double.isNaN(observedAtTarget);
	}

}
