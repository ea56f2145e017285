package com.caio.engine.pilot;

import java.util.List;
import java.util.Locale;

/**
 * Designs a pilot: sample size, duration, feasibility and the effect detectable in the
 * timeframe.
 */
final class Planner {

	private Planner() {
	}

	static PilotPlan plan(PilotDesign d, PilotPolicy policy) {
		double k = d.allocation().ratio();
		double nc = d.kind() == KpiKind.RATE
				? PowerCalculations.rateControlUnits(d.baselineRate(), d.targetValue(), d.alpha(), d.power(), k)
				: PowerCalculations.meanControlUnits(d.targetValue() - d.baselineMean(), d.baselineSd(), d.alpha(),
						d.power(), k);
		PilotPlan.ArmSizes arms = new PilotPlan.ArmSizes((long) Math.ceil(nc - 1e-9), (long) Math.ceil(nc * k - 1e-9));
		long total = arms.control() + arms.treatment();
		long days = (long) Math.ceil(total / d.trafficPerDay());
		double available = Math.floor(d.trafficPerDay() * d.timeframeDays() * d.allocation().control());
		Double detectable = detectable(d, available, k);
		return new PilotPlan(d.name(), d.kind().name().toLowerCase(Locale.ROOT), d.kpiName(), d.baseline(),
				d.kind() == KpiKind.MEAN ? d.baselineSd() : null, d.target(), d.targetValue(), d.alpha(), d.power(),
				d.allocation().toString(), arms, total, nc, days, (days + 6) / 7, d.timeframeDays(),
				days <= d.timeframeDays(), detectable, hypothesis(d), criteria(d, arms, days, policy));
	}

	/**
	 * The relative effect detectable with {@code nc} control units; null if even the
	 * extreme is not.
	 */
	private static Double detectable(PilotDesign d, double nc, double k) {
		if (nc < 2) {
			return null;
		}
		if (d.kind() == KpiKind.RATE) {
			double p2 = PowerCalculations.detectableRate(nc, d.baselineRate(), d.alpha(), d.power(), k, d.direction());
			return Double.isNaN(p2) ? null : p2 / d.baselineRate() - 1;
		}
		double delta = PowerCalculations.detectableMeanDelta(nc, d.baselineSd(), d.alpha(), d.power(), k);
		return d.baselineMean() == 0 ? null : d.direction() * delta / Math.abs(d.baselineMean());
	}

	static String hypothesis(PilotDesign d) {
		return String.format(Locale.ROOT,
				"In the %s pilot, the treatment changes %s from %s (control) to %s or %s, a change of %s%s; "
						+ "null hypothesis: no difference between the arms (two-sided test at alpha %s, power %s, allocation %s).",
				d.name(), d.kpiName(), value(d, d.baseline()), value(d, d.targetValue()),
				d.direction() > 0 ? "higher" : "lower", signedPercent(d.target()),
				d.baseline() > 0 ? " relative to control" : " of the baseline's magnitude", d.alpha(), d.power(),
				d.allocation());
	}

	private static List<String> criteria(PilotDesign d, PilotPlan.ArmSizes arms, long days, PilotPolicy policy) {
		return List.of(String.format(Locale.ROOT, "%s moves by %s or more %s (%s %s %s)", d.kpiName(),
				signedPercent(d.target()), d.baseline() > 0 ? "relative to control" : "of the baseline's magnitude",
				d.kpiName(), d.direction() > 0 ? ">=" : "<=", value(d, d.targetValue())),
				String.format(Locale.ROOT, "the difference is significant: two-sided p < %s", d.alpha()),
				String.format(Locale.ROOT,
						"at least %,d control and %,d treatment units, about %d days at %,.0f units a day (timeframe %d days)",
						arms.control(), arms.treatment(), days, d.trafficPerDay(), d.timeframeDays()),
				"no sample-ratio mismatch: chi-square p >= " + policy.srmInvestigateText() + " against the planned "
						+ d.allocation() + " split (below " + policy.srmWarningText() + ", check the assignment)");
	}

	static String value(PilotDesign d, double v) {
		return d.kind() == KpiKind.RATE ? String.format(Locale.ROOT, "%.2f%%", v * 100)
				: String.format(Locale.ROOT, "%.2f", v);
	}

	static String signedPercent(double relative) {
		return String.format(Locale.ROOT, "%+.1f%%", relative * 100);
	}

}
