package com.caio.engine.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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
		PilotPlan plan = Planner.plan(design);
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

	/** The comparison in the KPI's good direction, as the decision rules read it. */
	static PilotOutcome outcome(PilotDesign design, Comparison c, boolean reached) {
		int dir = design.direction();
		double effect = c.relativeUplift() == null ? 0 : dir * c.relativeUplift();
		double[] rel = c.relativeCi95();
		double low = rel == null ? 0 : dir > 0 ? rel[0] : -rel[1];
		double high = rel == null ? 0 : dir > 0 ? rel[1] : -rel[0];
		return new PilotOutcome(design.name(), design.alpha(), c.pValue() == null ? 1 : c.pValue(), c.pValue() != null,
				effect, Math.abs(design.target()), low, high, rel != null, c.srmPValue(), reached);
	}

}
