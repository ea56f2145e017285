package com.caio.engine.pilot;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Sample size and detectable effect, two-sided, as R's {@code power.prop.test} and
 * {@code power.t.test} compute them (strict = FALSE, their default), generalised to
 * unequal allocation with k = treatment units per control unit: for rates the pooled null
 * variance {@code pbar(1-pbar)(1/nc + 1/nt)} with {@code pbar = (p1 + k p2)/(1 + k)} and
 * the alternative variance {@code p1q1/nc + p2q2/nt}; for means the noncentral t with
 * {@code df = nc + nt - 2} and {@code ncp = delta / (sd sqrt(1/nc + 1/nt))}. With k = 1
 * both reduce to R's formulas.
 */
final class PowerCalculations {

	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

	private static final int MAX_EVALUATIONS = 500;

	private PowerCalculations() {
	}

	static double z(double p) {
		return NORMAL.inverseCumulativeProbability(p);
	}

	/**
	 * Power of the two-proportion test with {@code nc} control units and {@code k nc}
	 * treatment units.
	 */
	static double ratePower(double nc, double p1, double p2, double alpha, double k) {
		double pbar = (p1 + k * p2) / (1 + k);
		double null0 = Math.sqrt(pbar * (1 - pbar) * (1 + 1 / k));
		double alt = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / k);
		return NORMAL.cumulativeProbability((Math.sqrt(nc) * Math.abs(p1 - p2) - z(1 - alpha / 2) * null0) / alt);
	}

	/**
	 * Control units needed (not rounded); the closed form of {@link #ratePower} = power.
	 */
	static double rateControlUnits(double p1, double p2, double alpha, double power, double k) {
		double pbar = (p1 + k * p2) / (1 + k);
		double root = z(1 - alpha / 2) * Math.sqrt(pbar * (1 - pbar) * (1 + 1 / k))
				+ z(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / k);
		return Math.pow(root / (p2 - p1), 2);
	}

	/**
	 * The rate p2 (above p1 when direction > 0, else below) detectable with {@code nc}
	 * control units.
	 */
	static double detectableRate(double nc, double p1, double alpha, double power, double k, int direction) {
		double eps = 1e-10;
		DoubleUnaryOperator gap = p2 -> ratePower(nc, p1, p2, alpha, k) - power;
		double far = direction > 0 ? 1 - eps : eps;
		if (gap.applyAsDouble(far) < 0) {
			return Double.NaN;
		}
		return solve(gap, direction > 0 ? p1 + eps : eps, direction > 0 ? 1 - eps : p1 - eps);
	}

	/** Power of Welch-free two-sample t-test as power.t.test computes it. */
	static double meanPower(double nc, double delta, double sd, double alpha, double k) {
		double nt = k * nc;
		double df = nc + nt - 2;
		double ncp = Math.abs(delta) / (sd * Math.sqrt(1 / nc + 1 / nt));
		double q = new TDistribution(null, df).inverseCumulativeProbability(1 - alpha / 2);
		return 1 - NoncentralT.cdf(q, df, ncp);
	}

	/**
	 * Control units needed (not rounded), solved like R's uniroot over [2, 1e7]. An
	 * effect so large (about 6 sd and more at alpha 0.05, power 0.8) that the smallest
	 * pilot with a defined test already has the power needs exactly that pilot: 2 units
	 * in each arm (R's power.t.test answers a fraction below 2, which no pilot can run).
	 */
	static double meanControlUnits(double delta, double sd, double alpha, double power, double k) {
		double lowest = Math.max(2, 2 / (1 + k) + 1e-9);
		double smallestTestable = Math.max(2, 2 / k);
		if (meanPower(lowest, delta, sd, alpha, k) >= power) {
			return smallestTestable;
		}
		return solve(nc -> meanPower(nc, delta, sd, alpha, k) - power, lowest, 1e7);
	}

	/**
	 * The smallest absolute difference of means detectable with {@code nc} control units.
	 */
	static double detectableMeanDelta(double nc, double sd, double alpha, double power, double k) {
		return solve(delta -> meanPower(nc, delta, sd, alpha, k) - power, sd * 1e-7, sd * 1e3);
	}

	private static double solve(DoubleUnaryOperator f, double lo, double hi) {
		BrentSolver solver = new BrentSolver(1e-12, 1e-10);
		return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi);
	}

}
