package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The decision over whole classes of pilots: KPIs whose mean is zero or negative, a
 * control rate of 0, a significant effect just below its target, borderline sample
 * ratios, and effects so large that the smallest pilot is enough.
 */
class PilotDecisionClassTests {

	private static final RuleSet RULES = PilotTestRules.rules();

	private static PilotDesign meanPlan(double baseline, double target) {
		return new PlanInput("m", "mean", "score", null, baseline, 1.0, target, 0.05, 0.8, "50/50", 1000.0, 30, null)
			.validate("plan.", PilotTestRules.policy());
	}

	private static PilotEvaluation means(PilotDesign design, double mc, double mt) {
		return Evaluator.evaluate(RULES, design, ArmTotals.ofMean("control", 400, mc, 1.0),
				ArmTotals.ofMean("treatment", 400, mt, 1.0), Evaluator.Source.AGGREGATES, null, List.of());
	}

	@Test
	void theDecisionFollowsTheAbsoluteEffectInTheGoodDirectionWhateverTheSignOfTheMeans() {
		for (double mc : new double[] { -10, -1, 0, 1, 10 }) {
			for (double delta : new double[] { -2, 2 }) {
				for (double target : new double[] { 0.1, -0.1 }) {
					// the plan's baseline is the control mean, or 1 when the control mean
					// is 0
					PilotDesign design = meanPlan(mc == 0 ? 1 : mc, target);
					PilotEvaluation e = means(design, mc, mc + delta);
					boolean better = Math.signum(delta) == Math.signum(target);
					String label = "control " + mc + ", treatment " + (mc + delta) + ", target " + target;
					assertThat(e.decision()).as(label).isEqualTo(better ? "SCALE" : "STOP");
					assertThat(e.firedRules()).as(label)
						.extracting(FiredRule::ruleId)
						.contains(better ? "PIL-DEC-002" : "PIL-DEC-003");
					if (mc <= 0 || mc + delta <= 0) {
						assertThat(e.relativeCi95()).as(label).isNull();
						assertThat(e.firedRules().get(0).reason()).as(label).contains("relative effect is undefined");
					}
					if (mc <= 0) {
						assertThat(e.relativeUplift()).as(label).isNull();
					}
				}
			}
		}
	}

	@Test
	void aNegativeMeanFallingFurtherIsSignificantlyWorseNotPlus20Percent() {
		// t.test on n = 400 per arm, sd 1: Welch t = -2 / sqrt(2/400) = -28.3; the
		// issue's
		// example with t = -4 (sd = 7.07, n = 100): the same sign
		PilotDesign design = meanPlan(-10, 0.1);
		PilotEvaluation e = Evaluator.evaluate(RULES, design, ArmTotals.ofMean("control", 100, -10, Math.sqrt(50)),
				ArmTotals.ofMean("treatment", 100, -12, Math.sqrt(50)), Evaluator.Source.AGGREGATES, null, List.of());
		// R: t.test with these moments gives t = -2, df = 198, p = 0.04688
		assertThat(e.statistic()).isCloseTo(-2, within(1e-12));
		assertThat(e.relativeUplift()).isNull();
		assertThat(e.decision()).isEqualTo("STOP");
		assertThat(e.hypothesis()).contains("from -10.00 (control) to -9.00 or higher", "of the baseline's magnitude");
	}

	@Test
	void aZeroRateInEitherArmDecidesOnTheAbsoluteDifferenceAndSaysSo() {
		// prop.test(c(12, 0), c(1000, 1000), correct = FALSE)$p.value = 0.000512
		PilotDesign design = new PlanInput("z", "rate", "conversion", 0.01, null, null, 0.5, 0.01, 0.8, "50/50", 1000.0,
				30, null)
			.validate("plan.", PilotTestRules.policy());
		PilotEvaluation up = Evaluator.evaluate(RULES, design, ArmTotals.ofRate("control", 1000, 0),
				ArmTotals.ofRate("treatment", 1000, 12), Evaluator.Source.AGGREGATES, null, List.of());
		assertThat(up.pValue()).isCloseTo(0.000512, within(5e-6));
		assertThat(up.decision()).isEqualTo("SCALE");
		assertThat(up.firedRules().get(0).reason()).contains("relative effect is undefined", "+1.20 pp");

		PilotEvaluation down = Evaluator.evaluate(RULES, design, ArmTotals.ofRate("control", 1000, 12),
				ArmTotals.ofRate("treatment", 1000, 0), Evaluator.Source.AGGREGATES, null, List.of());
		assertThat(down.decision()).isEqualTo("STOP");
		assertThat(down.firedRules().get(0).reason()).contains("relative effect is undefined", "-1.20 pp");
	}

	@Test
	void aSignificantCostCutJustBelowItsTargetWithTheTargetInItsIntervalScalesWithANote() {
		// CPA: plan 50 +- 20, target -10%: 252 per arm; 1,411 per arm is 5.6x that
		PilotDesign design = PlannerTests.costPerAcquisition(20, 28).validate("plan.", PilotTestRules.policy());
		PilotEvaluation e = Evaluator.evaluate(RULES, design, ArmTotals.ofMean("control", 1411, 50, 20),
				ArmTotals.ofMean("treatment", 1411, 45.25, 20), Evaluator.Source.AGGREGATES, null, List.of());
		assertThat(e.relativeUplift()).isCloseTo(-0.095, within(1e-12));
		assertThat(e.pValue()).isLessThan(1e-9);
		assertThat(e.relativeCi95()[0]).isLessThan(-0.10);
		assertThat(e.plannedSampleReached()).isTrue();
		assertThat(e.decision()).isEqualTo("SCALE");
		assertThat(e.firedRules()).extracting(FiredRule::ruleId).containsExactly("PIL-DEC-007", "PIL-DEC-902");
		String reason = e.firedRules().get(0).reason();
		assertThat(reason).contains("p < 0.001", "+9.50%", "just below the +10.00% target", "includes it")
			.doesNotContain("inconclusive", "before the planned sample");
	}

	@Test
	void everyOutcomeGetsOneDecisionAndNoReasonContradictsTheCase() {
		for (double p : new double[] { 0.001, 0.2 }) {
			for (double effect : new double[] { -0.05, 0.02, 0.09, 0.12 }) {
				for (double halfWidth : new double[] { 0.005, 0.04 }) {
					for (boolean reached : new boolean[] { true, false }) {
						PilotOutcome o = new PilotOutcome("p", 0.05, p, true, effect, 0.10, effect - halfWidth,
								effect + halfWidth, true, 0.5, reached, PilotOutcome.RELATIVE, "rate", "");
						PilotRules.Decision d = PilotRules.decide(RULES, o);
						String label = o.toString();
						if (reached) {
							assertThat(d.decision()).as(label).isNotEqualTo("EXTEND");
						}
						if (effect < 0) {
							assertThat(d.decision()).as(label).isNotEqualTo("SCALE");
						}
						if (p < 0.05 && effect > 0 && effect + halfWidth >= 0.10) {
							assertThat(d.decision()).as(label).isEqualTo("SCALE");
						}
						for (FiredRule r : d.firedRules()) {
							if (!reached) {
								assertThat(r.reason()).as(label).doesNotContain("planned sample was reached");
							}
							if (p < 0.05) {
								assertThat(r.reason()).as(label).doesNotContain("inconclusive", "not significant");
							}
						}
					}
				}
			}
		}
	}

	@Test
	void aSampleRatioBelowTheWarningAsksToCheckTheAssignmentAndBelowThePolicyInvestigates() {
		assertThat(srm(0.0086).decision()).isEqualTo("SCALE");
		assertThat(srm(0.0086).firedRules()).extracting(FiredRule::outcome).contains(PilotWarning.OUTCOME);
		assertThat(srm(0.0086).firedRules()).extracting(FiredRule::reason)
			.anySatisfy(r -> assertThat(r).contains("check the assignment", "p = 0.0086"));
		assertThat(srm(0.01).firedRules()).extracting(FiredRule::outcome).doesNotContain(PilotWarning.OUTCOME);
		assertThat(srm(0.001).decision()).as("on the investigation threshold").isEqualTo("SCALE");
		assertThat(srm(0.001).firedRules()).extracting(FiredRule::outcome).contains(PilotWarning.OUTCOME);
		assertThat(srm(0.00099).decision()).isEqualTo("INVESTIGATE");
		assertThat(srm(0.00099).firedRules()).extracting(FiredRule::outcome).doesNotContain(PilotWarning.OUTCOME);
	}

	@Test
	void thePdfAndTextSayCheckTheAssignmentForASampleRatioOf0point0086() {
		PilotDesign design = PlannerTests.conversion(4000, 28, null).validate("plan.", PilotTestRules.policy());
		// the Cookie Cats arms: chisq.test(c(44700, 45489))$p.value = 0.008607988 (R)
		PilotEvaluation e = Evaluator.evaluate(RULES, design, ArmTotals.ofRate("control", 44700, 2200),
				ArmTotals.ofRate("treatment", 45489, 2250), Evaluator.Source.AGGREGATES, null, List.of());
		assertThat(e.srmPValue()).isCloseTo(0.008607988, within(1e-8));
		assertThat(PilotText.render(e)).contains("check the assignment").doesNotContain("consistent");
	}

	@Test
	void anEffectOfAboutSixSdOrMoreNeedsTheSmallestPilotWithATestNotACrash() {
		// R 4.x: power.t.test(delta = d, sd = 1, sig.level = a, power = 0.8)$n
		double[][] r = { { 1, 0.05, 16.7147681423 }, { 1, 0.01, 25.0666949559 }, { 2, 0.05, 5.0900081487 },
				{ 2, 0.01, 7.6605400621 }, { 3, 0.05, 3.0700101907 }, { 3, 0.01, 4.5152316868 },
				{ 4, 0.05, 2.4138909245 }, { 4, 0.01, 3.4317495293 }, { 5, 0.05, 2.1172452466 },
				{ 5, 0.01, 2.9214001331 }, { 5.5, 0.05, 2.0241003991 }, { 5.5, 0.01, 2.7583808468 },
				{ 5.8, 0.05, 1.9785935535 }, { 5.8, 0.01, 2.6782794117 }, { 6, 0.05, 1.9516275920 },
				{ 6, 0.01, 2.6306665944 }, { 6.5, 0.05, 1.8935168858 }, { 6.5, 0.01, 2.5279194767 },
				{ 8, 0.05, 1.7720000238 }, { 8, 0.01, 2.3122435325 }, { 10, 0.05, 1.6746866723 },
				{ 10, 0.01, 2.1393716975 }, { 20, 0.05, 1.4885201086 }, { 20, 0.01, 1.8114887380 } };
		for (double[] row : r) {
			double n = PowerCalculations.meanControlUnits(row[0], 1, row[1], 0.8, 1);
			String label = "delta " + row[0] + " sd, alpha " + row[1];
			// R's uniroot stops at tol 1.2e-4
			assertThat(n).as(label).isCloseTo(Math.max(2, row[2]), within(2e-3));
			PilotPlan plan = Planner.plan(meanPlan(1, row[0]), PilotTestRules.policy());
			if (row[1] == 0.05) {
				assertThat(plan.samplePerArm().control()).as(label).isEqualTo((long) Math.ceil(Math.max(2, row[2])));
			}
		}
	}

	private static PilotRules.Decision srm(double p) {
		return PilotRules.decide(RULES, new PilotOutcome("p", 0.05, 0.0001, true, 0.12, 0.10, 0.11, 0.13, true, p, true,
				PilotOutcome.RELATIVE, "rate", ""));
	}

}
