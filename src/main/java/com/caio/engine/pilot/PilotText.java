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
				"  Sample per arm: control %,d, treatment %,d (total %,d; exact control n %,.2f)",
				plan.samplePerArm().control(), plan.samplePerArm().treatment(), plan.sampleTotal(),
				plan.exactControlUnits()));
		out.add(String.format(Locale.ROOT, "  Duration: %d days (%d weeks); timeframe %d days: %s", plan.daysNeeded(),
				plan.weeksNeeded(), plan.timeframeDays(), plan.feasible() ? "feasible" : "NOT feasible"));
		out.add("  Smallest effect detectable within the timeframe: " + percent(plan.detectableEffect()));
		out.add("  Success criteria:");
		plan.successCriteria().forEach(c -> out.add("    - " + c));
		out.add("  Data readiness: " + (p.readiness().readyToStart() ? "ready to start" : "NOT ready to start"));
		p.readiness().gaps().forEach(r -> out.add("    - " + r.reason()));
		out.add("  Rules applied: "
				+ String.join(", ", p.readiness().firedRules().stream().map(FiredRule::ruleId).toList()));
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
		out.add("  Absolute difference: " + delta(e, e.absoluteDelta()) + ", 95% CI " + interval(e, e.ci95(), false));
		out.add("  Relative uplift: " + percent(e.relativeUplift()) + ", 95% CI " + interval(e, e.relativeCi95(), true)
				+ " (target " + percent(e.targetRelativeEffect()) + ")");
		out.add("  " + e.test() + ": " + p(e.pValue()) + " (alpha " + e.alpha() + ")");
		out.add("  Sample-ratio check against " + e.allocation() + ": chi-square "
				+ String.format(Locale.ROOT, "%.3f", e.srmChiSquare()) + ", " + p(e.srmPValue()) + ": "
				+ sampleRatio(e));
		out.add("  Smallest effect this sample could detect: " + percent(e.detectableEffect())
				+ "; planned sample reached: " + (e.plannedSampleReached() ? "yes" : "no"));
		out.add("  Planned sample: " + plannedSample(e));
		out.add("  Recommendation: " + e.decision());
		reasons(e).forEach(r -> out.add("    - " + r));
		if (!e.learnedRisks().isEmpty()) {
			out.add("  Learned risks:");
			e.learnedRisks().forEach(r -> out.add("    - " + r));
		}
		out.add("  Rules applied: " + String.join(", ", e.firedRules().stream().map(FiredRule::ruleId).toList()));
		out.add("  Rule set " + e.ruleSetVersion());
		return String.join(System.lineSeparator(), out);
	}

	/**
	 * The reasons behind the recommendation as sentences: the deciding rule's last, the
	 * warnings first; rule ids stay in the appendix.
	 */
	static List<String> reasons(PilotEvaluation e) {
		List<String> reasons = new ArrayList<>();
		List<FiredRule> fired = e.firedRules();
		boolean candidates = fired.stream()
			.limit(Math.max(0, fired.size() - 1))
			.anyMatch(r -> r.outcome().equals(e.decision()));
		// the resolving rule (last) only repeats its candidates' reasons when they exist
		for (FiredRule r : candidates ? fired.subList(0, fired.size() - 1) : fired) {
			String reason = Character.toUpperCase(r.reason().charAt(0)) + r.reason().substring(1) + ".";
			reasons.add(PilotWarning.OUTCOME.equals(r.outcome()) ? "Warning: " + reason : reason);
		}
		return reasons;
	}

	/**
	 * What the rules concluded of the sample ratio: an investigation, a warning to check
	 * the assignment, or consistent.
	 */
	static String sampleRatio(PilotEvaluation e) {
		if (e.firedRules().stream().anyMatch(r -> PilotDecision.INVESTIGATE.equals(r.outcome()))) {
			return "MISMATCH, investigate before acting";
		}
		if (e.firedRules().stream().anyMatch(r -> PilotWarning.OUTCOME.equals(r.outcome()))) {
			return "check the assignment";
		}
		return "consistent with the planned split";
	}

	static String plannedSample(PilotEvaluation e) {
		return String.format(Locale.ROOT, "control %,d, treatment %,d, %s", e.plannedSamplePerArm().control(),
				e.plannedSamplePerArm().treatment(), e.plannedSampleReached() ? "reached" : "not reached");
	}

	/**
	 * Who confirmed data access, KPI tracking and randomisation, and when: the story's
	 * second criterion.
	 */
	static List<String> readiness(ReadinessInput readiness) {
		if (readiness == null) {
			return List.of("Not recorded with this evaluation (it was evaluated without a stored plan).");
		}
		List<String> lines = new ArrayList<>();
		for (ChecklistItem item : readiness.items()) {
			String what = switch (item.kind()) {
				case ChecklistItem.DATA_SOURCE -> "Access to data source " + item.name();
				case ChecklistItem.KPI_TRACKING -> "KPI tracking" + named(item);
				default -> "Randomisation unit" + named(item);
			};
			lines.add(what + (item.confirmed() ? ": confirmed by " + item.confirmedBy() + " on " + item.confirmedOn()
					: ": NOT confirmed in writing"));
		}
		if (lines.isEmpty()) {
			lines.add("No data source, KPI tracking or randomisation unit was confirmed.");
		}
		return lines;
	}

	private static String named(ChecklistItem item) {
		return item.name() == null || item.name().isBlank() ? "" : " (" + item.name() + ")";
	}

	static String steering(SteeringDecision d) {
		String late = !d.late() ? ""
				: " - LATE" + d.findings()
					.stream()
					.filter(f -> f.ruleId().equals(SteeringDecision.LATE_RULE))
					.map(f -> ": " + f.message())
					.findFirst()
					.orElse("");
		return d.decision() + " on " + d.decidedOn() + " by " + String.join(", ", d.decidedBy()) + ", "
				+ d.daysAfterClose() + " days after the close" + late;
	}

	/** To the minute, in UTC: a reader needs no nanoseconds. */
	static String timestamp(java.time.Instant at) {
		return at == null ? "-" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
			.format(at.atZone(java.time.ZoneOffset.UTC));
	}

	/**
	 * An absolute difference: percentage points for a rate (5.0% to 5.5% is +0.50 pp, not
	 * +0.50%), the KPI's unit for a mean.
	 */
	static String delta(PilotEvaluation e, double v) {
		return e.kpi().equals("rate") ? String.format(Locale.ROOT, "%+.3f pp", v * 100)
				: String.format(Locale.ROOT, "%+.4f", v);
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
		return "[" + (relative ? percent(ci[0]) : delta(e, ci[0])) + ", "
				+ (relative ? percent(ci[1]) : delta(e, ci[1])) + "]";
	}

	static String percent(Double v) {
		return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", v * 100);
	}

	/** "p < 0.001", "p = 0.0123" or "p n/a": a reader needs no e-notation. */
	static String p(Double v) {
		return v == null ? "p n/a" : v < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.4f", v);
	}

}
