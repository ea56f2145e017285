package com.caio.engine.upskilling;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * An ordinary least-squares line through (programme month, external hours), as R's
 * {@code lm(hours ~ month)} fits it, and what it says about a later month: the fitted
 * mean there, its standard error, and the probability that the mean is at or below a
 * threshold, read from the t distribution with n-2 degrees of freedom (the same
 * uncertainty as {@code predict(fit, se.fit = TRUE)}).
 */
record Trend(int n, double intercept, double slope, double slopeSe, double residualSd, double meanX, double sxx) {

	/** Null below three points (no uncertainty can be estimated). */
	static Trend fit(double[] x, double[] y) {
		int n = x.length;
		if (n < 3) {
			return null;
		}
		double mx = 0;
		double my = 0;
		for (int i = 0; i < n; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double sxx = 0;
		double sxy = 0;
		for (int i = 0; i < n; i++) {
			sxx += (x[i] - mx) * (x[i] - mx);
			sxy += (x[i] - mx) * (y[i] - my);
		}
		double slope = sxy / sxx;
		double intercept = my - slope * mx;
		double rss = 0;
		for (int i = 0; i < n; i++) {
			double r = y[i] - intercept - slope * x[i];
			rss += r * r;
		}
		double s = Math.sqrt(rss / (n - 2));
		return new Trend(n, intercept, slope, s / Math.sqrt(sxx), s, mx, sxx);
	}

	double at(double x) {
		return intercept + slope * x;
	}

	/** The standard error of the fitted mean at {@code x}: s √(1/n + (x - x̄)² / Sxx). */
	double seAt(double x) {
		return residualSd * Math.sqrt(1.0 / n + (x - meanX) * (x - meanX) / sxx);
	}

	/**
	 * P(mean at x ≤ threshold) under the fit's t distribution with n-2 degrees of
	 * freedom.
	 */
	double probabilityAtOrBelow(double x, double threshold) {
		double se = seAt(x);
		double fitted = at(x);
		if (se == 0) {
			return fitted <= threshold ? 1 : 0;
		}
		return new TDistribution(null, n - 2).cumulativeProbability((threshold - fitted) / se);
	}

	/** The 95% interval of the slope. */
	double[] slopeInterval() {
		double q = new TDistribution(null, n - 2).inverseCumulativeProbability(0.975);
		return new double[] { slope - q * slopeSe, slope + q * slopeSe };
	}

}
