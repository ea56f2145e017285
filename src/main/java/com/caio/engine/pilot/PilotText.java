package com.caio.engine.pilot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.storage.Run;

/**
 * Plain-text renderings of a plan and an evaluation, and the number formats the PDF
 * shares.
 */
final class PilotText {

	private PilotText() {
	}

	static String render(Run<PlannedPilot> run) {
		PlannedPilot p = run.result();
		PilotPlan plan = p.plan();
		List<String> out = new ArrayList<>();
		out.add("Pilot plan: " + plan.name() + " (" + plan.kpiName() + ", " + plan.kpi() + " KPI)");
		out.add("  Hypothesis: " + plan.hypothesis());
		out.add(String.format(Locale.ROOT,
				"  Sample per arm: control %,d, treatment %,d (total %,d; exact control n %.2f)",
				plan.samplePerArm().control(), plan.samplePerArm().treatment(), plan.sampleTotal(),
				plan.exactControlUnits()));
		out.add(String.format(Locale.ROOT, "  Duration: %d days (%d weeks); timeframe %d days: %s", plan.daysNeeded(),
				plan.weeksNeeded(), plan.timeframeDays(), plan.feasible() ? "feasible" : "NOT feasible"));
		out.add("  Smallest effect detectable within the timeframe: " + percent(plan.detectableEffect()));
		out.add("  Success criteria:");
		plan.successCriteria().forEach(c -> out.add("    - " + c));
		out.add("  Data readiness: " + (p.readiness().readyToStart() ? "ready to start" : "NOT ready to start"));
		p.readiness().firedRules().forEach(r -> out.add("    " + r.ruleId() + " " + r.outcome() + ": " + r.reason()));
		out.add("  Rule set " + run.ruleSetVersion());
		return String.join(System.lineSeparator(), out);
	}

	static String render(PilotEvaluation e) {
		List<String> out = new ArrayList<>();
		out.add("Pilot evaluation: " + e.name() + " (" + e.kpiName() + ", from " + e.source() + ")");
		if (e.rows() != null) {
			out.add(String.format(Locale.ROOT, "  Rows: %,d read, %,d rejected", e.rows(), e.rejectedCount()));
			e.rejectedRows().stream().limit(10).forEach(r -> out.add("    line " + r.line() + ": " + r.reason()));
		}
		out.add("  Control:   " + arm(e, e.control()));
		out.add("  Treatment: " + arm(e, e.treatment()));
		out.add("  Absolute delta: " + kpi(e, e.absoluteDelta()) + ", 95% CI " + interval(e, e.ci95(), false));
		out.add("  Relative uplift: " + percent(e.relativeUplift()) + ", 95% CI " + interval(e, e.relativeCi95(), true)
				+ " (target " + percent(e.targetRelativeEffect()) + ")");
		out.add("  " + e.test() + ": p = " + p(e.pValue()) + " (alpha " + e.alpha() + ")");
		out.add("  Sample-ratio check against " + e.allocation() + ": chi-square "
				+ String.format(Locale.ROOT, "%.3f", e.srmChiSquare()) + ", p = " + p(e.srmPValue()));
		out.add("  Smallest effect this sample could detect: " + percent(e.detectableEffect())
				+ "; planned sample reached: " + (e.plannedSampleReached() ? "yes" : "no"));
		out.add("  Recommendation: " + e.decision());
		e.firedRules().forEach(r -> out.add("    " + r.ruleId() + " " + r.outcome() + ": " + r.reason()));
		if (!e.learnedRisks().isEmpty()) {
			out.add("  Learned risks:");
			e.learnedRisks().forEach(r -> out.add("    - " + r));
		}
		out.add("  Rule set " + e.ruleSetVersion());
		return String.join(System.lineSeparator(), out);
	}

	static String arm(PilotEvaluation e, PilotEvaluation.Arm arm) {
		return e.kpi().equals("rate")
				? String.format(Locale.ROOT, "%,d units, %,d conversions, %s", arm.units(), arm.conversions(),
						kpi(e, arm.kpi()))
				: String.format(Locale.ROOT, "%,d units, mean %.4f, sd %.4f", arm.units(), arm.kpi(), arm.sd());
	}

	static String kpi(PilotEvaluation e, double v) {
		return e.kpi().equals("rate") ? String.format(Locale.ROOT, "%.3f%%", v * 100)
				: String.format(Locale.ROOT, "%.4f", v);
	}

	static String interval(PilotEvaluation e, double[] ci, boolean relative) {
		if (ci == null) {
			return "n/a";
		}
		return "[" + (relative ? percent(ci[0]) : kpi(e, ci[0])) + ", " + (relative ? percent(ci[1]) : kpi(e, ci[1]))
				+ "]";
	}

	static String percent(Double v) {
		return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", v * 100);
	}

	static String p(Double v) {
		return v == null ? "n/a"
				: v < 1e-4 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.4f", v);
	}

}
