package com.caio.engine.pilot;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The post-pilot statistics. Rates: the pooled two-proportion z-test and the unpooled
 * Wald interval (R's {@code prop.test(..., correct = FALSE)}). Means: Welch's t-test (R's
 * {@code t.test}). The relative uplift's interval is
 * {@code exp(log(t/c) +- z sqrt(var)) - 1}, the delta method on the log ratio, with
 * {@code var = (1-pt)/(pt nt) + (1-pc)/(pc nc)} for rates and
 * {@code st^2/(nt mt^2) + sc^2/(nc mc^2)} for means.
 */
final class PilotStatistics {

	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

	private static final double Z975 = NORMAL.inverseCumulativeProbability(0.975);

	private PilotStatistics() {
	}

	static Comparison rates(ArmTotals control, ArmTotals treatment, PilotDesign design) {
		double nc = control.units();
		double nt = treatment.units();
		double pc = control.conversions() / nc;
		double pt = treatment.conversions() / nt;
		double delta = pt - pc;
		double pooled = (control.conversions() + treatment.conversions()) / (nc + nt);
		double se0 = Math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt));
		Double z = se0 > 0 ? delta / se0 : null;
		Double p = z == null ? null : 2 * NORMAL.cumulativeProbability(-Math.abs(z));
		double se = Math.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt);
		double[] ci = { Math.max(-1, delta - Z975 * se), Math.min(1, delta + Z975 * se) };
		double[] relative = pc > 0 && pt > 0 ? logRatioInterval(pt / pc, (1 - pt) / (pt * nt) + (1 - pc) / (pc * nc))
				: null;
		double k = nt / nc;
		double detectable = PowerCalculations.detectableRate(nc, pc, design.alpha(), design.power(), k,
				design.direction());
		return new Comparison(pc, pt, delta, pc > 0 ? delta / pc : null, "two-proportion z-test (pooled)", z, null, p,
				ci, relative, srmChiSquare(control.units(), treatment.units(), design.allocation()),
				srmPValue(control.units(), treatment.units(), design.allocation()),
				Double.isNaN(detectable) || pc <= 0 ? null : detectable / pc - 1);
	}

	static Comparison means(ArmTotals control, ArmTotals treatment, PilotDesign design) {
		double nc = control.units();
		double nt = treatment.units();
		double mc = control.mean();
		double mt = treatment.mean();
		double vc = control.sd() * control.sd() / nc;
		double vt = treatment.sd() * treatment.sd() / nt;
		double delta = mt - mc;
		double se = Math.sqrt(vc + vt);
		double df = (vc + vt) * (vc + vt) / (vc * vc / (nc - 1) + vt * vt / (nt - 1));
		Double t = se > 0 ? delta / se : null;
		TDistribution dist = se > 0 ? new TDistribution(null, df) : null;
		Double p = t == null ? null : 2 * dist.cumulativeProbability(-Math.abs(t));
		double q = dist == null ? 0 : dist.inverseCumulativeProbability(0.975);
		double[] ci = { delta - q * se, delta + q * se };
		double[] relative = mc > 0 && mt > 0 ? logRatioInterval(mt / mc, vt / (mt * mt) + vc / (mc * mc)) : null;
		double pooledSd = Math.sqrt(
				((nc - 1) * control.sd() * control.sd() + (nt - 1) * treatment.sd() * treatment.sd()) / (nc + nt - 2));
		Double detectable = pooledSd > 0 && mc > 0
				? PowerCalculations.detectableMeanDelta(nc, pooledSd, design.alpha(), design.power(), nt / nc)
						/ Math.abs(mc) * design.direction()
				: null;
		// a relative effect of a mean that is 0 or below is undefined: -10 to -12 is not
		// +20%
		return new Comparison(mc, mt, delta, mc > 0 ? delta / mc : null, "Welch two-sample t-test", t,
				se > 0 ? df : null, p, ci, relative,
				srmChiSquare(control.units(), treatment.units(), design.allocation()),
				srmPValue(control.units(), treatment.units(), design.allocation()), detectable);
	}

	/**
	 * Chi-square goodness of fit of the arm counts to the planned allocation (R's
	 * chisq.test(c(nc, nt), p=...)).
	 */
	static double srmChiSquare(long nc, long nt, Allocation allocation) {
		double total = nc + nt;
		double ec = total * allocation.control();
		double et = total * allocation.treatment();
		return (nc - ec) * (nc - ec) / ec + (nt - et) * (nt - et) / et;
	}

	/**
	 * With one degree of freedom the chi-square tail is 2 Phi(-sqrt(x)), exact and
	 * precise far into the tail.
	 */
	static double srmPValue(long nc, long nt, Allocation allocation) {
		return 2 * NORMAL.cumulativeProbability(-Math.sqrt(srmChiSquare(nc, nt, allocation)));
	}

	private static double[] logRatioInterval(double ratio, double variance) {
		double log = Math.log(ratio);
		double half = Z975 * Math.sqrt(variance);
		return new double[] { Math.exp(log - half) - 1, Math.exp(log + half) - 1 };
	}

}
