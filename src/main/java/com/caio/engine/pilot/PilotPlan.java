package com.caio.engine.pilot;

import java.util.List;

/**
 * The designed pilot: sample per arm, days and weeks needed, whether that fits the
 * timeframe, the smallest relative effect detectable within the timeframe, and the
 * generated hypothesis and success criteria.
 *
 * @param exactControlUnits the unrounded control-arm size (R's n when the allocation is
 * 50/50)
 * @param detectableEffect relative effect detectable with the traffic of the whole
 * timeframe
 */
public record PilotPlan(String name, String kpi, String kpiName, double baseline, Double baselineSd,
		double targetRelativeEffect, double targetValue, double alpha, double power, String allocation,
		ArmSizes samplePerArm, long sampleTotal, double exactControlUnits, long daysNeeded, long weeksNeeded,
		int timeframeDays, boolean feasible, Double detectableEffect, String hypothesis, List<String> successCriteria) {

	/** Units needed in each arm, rounded up. */
	public record ArmSizes(long control, long treatment) {
	}
}
