package com.caio.engine.upskilling;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired t interval of a mean gain (post minus pre), as R's
 * {@code t.test(post, pre, paired = TRUE)} computes it: mean difference ± t(0.975, n-1) ×
 * sd / √n, and the two-sided p-value of no gain.
 */
record PairedT(int n, double mean, double sd, double low, double high, double t, double p) {

	static final double CONFIDENCE = 0.95;

	/**
	 * From the count, mean and sum of squared deviations of the differences; null below
	 * two pairs (no interval exists).
	 */
	static PairedT of(int n, double mean, double squares) {
		if (n < 2) {
			return null;
		}
		double sd = Math.sqrt(squares / (n - 1));
		double se = sd / Math.sqrt(n);
		TDistribution dist = new TDistribution(null, n - 1);
		double q = dist.inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
		if (se == 0) {
			return new PairedT(n, mean, 0, mean, mean, Double.NaN, Double.NaN);
		}
		double t = mean / se;
		double p = 2 * dist.cumulativeProbability(-Math.abs(t));
		return new PairedT(n, mean, sd, mean - q * se, mean + q * se, t, p);
	}

}
