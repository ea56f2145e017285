package com.caio.engine.pilot;

/**
 * The statistics of one evaluated pilot: the KPI per arm, the deltas, the test, the
 * intervals, the sample-ratio check and the smallest effect the collected sample could
 * have detected.
 *
 * @param test "two-proportion z-test (pooled)" or "Welch two-sample t-test"
 * @param ci95 95% interval of the absolute difference, treatment minus control
 * @param relativeCi95 95% interval of the relative uplift (delta method on the log
 * ratio), null when a KPI is 0
 * @param detectableEffect relative effect detectable with the collected units at the
 * plan's alpha and power
 */
public record Comparison(double control, double treatment, double absoluteDelta, Double relativeUplift, String test,
		Double statistic, Double degreesOfFreedom, Double pValue, double[] ci95, double[] relativeCi95,
		double srmChiSquare, double srmPValue, Double detectableEffect) {
}
