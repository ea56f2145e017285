package com.caio.engine.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The post-pilot evaluation as delivered (and the JSON twin of the PDF report): the
 * hypothesis, the KPI per arm and its deltas, the test and the intervals, the
 * sample-ratio check, the learned risks, and the recommendation with the rules that
 * fired.
 *
 * @param source "aggregates" or the per-unit CSV's file name
 * @param ci95 95% interval of the absolute difference (treatment minus control)
 * @param relativeCi95 95% interval of the relative uplift (delta method on the log ratio)
 */
public record PilotEvaluation(Instant evaluatedAt, String ruleSetVersion, String name, String kpi, String kpiName,
		String hypothesis, String source, String fileSha256, Long rows, Long rejectedCount,
		List<RejectedUnit> rejectedRows, Arm control, Arm treatment, double absoluteDelta, Double relativeUplift,
		double targetRelativeEffect, String test, Double statistic, Double degreesOfFreedom, Double pValue,
		double alpha, double[] ci95, double[] relativeCi95, double srmChiSquare, double srmPValue, String allocation,
		Double detectableEffect, PilotPlan.ArmSizes plannedSamplePerArm, boolean plannedSampleReached,
		LocalDate closedOn, List<String> learnedRisks, String decision, List<FiredRule> firedRules) {

	/** One arm: units, conversions (rates) or sd (means), and its KPI. */
	public record Arm(long units, Long conversions, double kpi, Double sd) {

		static Arm of(ArmTotals totals, KpiKind kind) {
			return kind == KpiKind.RATE ? new Arm(totals.units(), totals.conversions(), totals.mean(), null)
					: new Arm(totals.units(), null, totals.mean(), totals.sd());
		}
	}

}
