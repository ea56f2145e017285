package com.caio.engine.pilot;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The distribution function of the noncentral t, which commons-math3 lacks and R's
 * power.t.test needs. {@code T = (Z + ncp) / sqrt(V / df)}, so
 * {@code P(T <= t) = E[ Phi(t * S - ncp) ]} over {@code S = sqrt(V / df)}; the
 * expectation is integrated numerically over S with composite Gauss-Legendre between the
 * 1e-13 and 1 - 1e-13 quantiles of S (agrees with R's {@code pt} to 8+ digits on the
 * tested cases, see NoncentralTTests).
 */
final class NoncentralT {

	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

	private static final int PANELS = 96;

	private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

	private static final double TAIL = 1e-13;

	private NoncentralT() {
	}

	/**
	 * P(T <= t) for the noncentral t with {@code df} degrees of freedom and noncentrality
	 * {@code ncp}.
	 */
	static double cdf(double t, double df, double ncp) {
		if (ncp == 0) {
			return new TDistribution(null, df).cumulativeProbability(t);
		}
		ChiSquaredDistribution chi2 = new ChiSquaredDistribution(null, df);
		double lo = Math.sqrt(chi2.inverseCumulativeProbability(TAIL) / df);
		double hi = Math.sqrt(chi2.inverseCumulativeProbability(1 - TAIL) / df);
		double width = (hi - lo) / PANELS;
		double sum = 0;
		for (int i = 0; i < PANELS; i++) {
			GaussIntegrator panel = GAUSS.legendre(12, lo + i * width, lo + (i + 1) * width);
			sum += panel.integrate(s -> NORMAL.cumulativeProbability(t * s - ncp) * densityOfS(chi2, df, s));
		}
		return Math.min(1, Math.max(0, sum));
	}

	/** Density of S = sqrt(V/df) with V chi-square(df): f_V(df s^2) * 2 df s. */
	private static double densityOfS(ChiSquaredDistribution chi2, double df, double s) {
		if (s <= 0) {
			return 0;
		}
		return Math.exp(chi2.logDensity(df * s * s)) * 2 * df * s;
	}

}
