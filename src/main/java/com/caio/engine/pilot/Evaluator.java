package com.caio.engine.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.caio.engine.rules.Precision;
import com.caio.engine.rules.RuleSet;

/**
 * Compares the arms, hands the outcome to the decision rules and assembles the
 * evaluation.
 */
final class Evaluator {

	/** Where the arms came from: aggregates, or a per-unit CSV with its row counts. */
	record Source(String name, String sha256, Long rows, Long rejectedCount, List<RejectedUnit> rejected) {

		static final Source AGGREGATES = new Source("aggregates", null, null, null, List.of());

	}

	private Evaluator() {
	}

	static PilotEvaluation evaluate(RuleSet rules, PilotDesign design, ArmTotals control, ArmTotals treatment,
			Source source, LocalDate closedOn, List<String> risks) {
		Comparison c = design.kind() == KpiKind.RATE ? PilotStatistics.rates(control, treatment, design)
				: PilotStatistics.means(control, treatment, design);
		PilotPlan plan = Planner.plan(design, PilotPolicy.of(rules));
		boolean reached = control.units() >= plan.samplePerArm().control()
				&& treatment.units() >= plan.samplePerArm().treatment();
		PilotRules.Decision decision = PilotRules.decide(rules, outcome(design, c, reached));
		return new PilotEvaluation(Instant.now(), rules.version(), design.name(),
				design.kind().name().toLowerCase(Locale.ROOT), design.kpiName(), plan.hypothesis(), source.name(),
				source.sha256(), source.rows(), source.rejectedCount(), source.rejected(),
				PilotEvaluation.Arm.of(control, design.kind()), PilotEvaluation.Arm.of(treatment, design.kind()),
				c.absoluteDelta(), c.relativeUplift(), design.target(), c.test(), c.statistic(), c.degreesOfFreedom(),
				c.pValue(), design.alpha(), c.ci95(), c.relativeCi95(), c.srmChiSquare(), c.srmPValue(),
				design.allocation().toString(), c.detectableEffect(), plan.samplePerArm(), reached,
				closedOn != null ? closedOn : design.closedOn(), List.copyOf(risks), decision.decision(),
				decision.firedRules());
	}

	/**
	 * The comparison in the KPI's good direction, as the decision rules read it: relative
	 * when both arms' KPI is positive, absolute otherwise (see PilotOutcome).
	 */
	static PilotOutcome outcome(PilotDesign design, Comparison c, boolean reached) {
		int dir = design.direction();
		String kpi = design.kind().name().toLowerCase(Locale.ROOT);
		double p = c.pValue() == null ? 1 : c.pValue();
		double[] rel = c.relativeCi95();
		if (rel != null && c.relativeUplift() != null) {
			return new PilotOutcome(design.name(), design.alpha(), round(p), c.pValue() != null,
					round(dir * c.relativeUplift()), round(Math.abs(design.target())),
					round(dir > 0 ? rel[0] : -rel[1]), round(dir > 0 ? rel[1] : -rel[0]), true, round(c.srmPValue()),
					reached, PilotOutcome.RELATIVE, kpi, "");
		}
		double[] ci = c.ci95();
		return new PilotOutcome(design.name(), design.alpha(), round(p), c.pValue() != null,
				round(dir * c.absoluteDelta()), round(Math.abs(design.targetValue() - design.baseline())),
				round(dir > 0 ? ci[0] : -ci[1]), round(dir > 0 ? ci[1] : -ci[0]), true, round(c.srmPValue()), reached,
				PilotOutcome.ABSOLUTE, kpi, absoluteNote(design, c));
	}

	private static String absoluteNote(PilotDesign design, Comparison c) {
		String control = Planner.value(design, c.control());
		String treatment = Planner.value(design, c.treatment());
		return "a relative effect is undefined with a control of " + control + " and a treatment of " + treatment
				+ ", so the decision uses the absolute difference against the plan's target of "
				+ Planner.value(design, design.targetValue()) + " vs " + Planner.value(design, design.baseline());
	}

	private static double round(double value) {
		return Precision.round(value);
	}

}
