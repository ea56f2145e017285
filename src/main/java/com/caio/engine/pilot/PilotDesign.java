package com.caio.engine.pilot;

import java.time.LocalDate;

/**
 * A validated pilot plan: the KPI and its baseline, the target relative effect (negative
 * for a cost KPI), the test's alpha (two-sided) and power, the allocation, the traffic
 * and the longest acceptable timeframe.
 */
public record PilotDesign(String name, KpiKind kind, String kpiName, double baselineRate, double baselineMean,
		double baselineSd, double target, double alpha, double power, Allocation allocation, double trafficPerDay,
		int timeframeDays, LocalDate closedOn) {

	/** +1 when higher is better (the target is an increase), -1 when lower is better. */
	public int direction() {
		return target > 0 ? 1 : -1;
	}

	/** The KPI's baseline, a rate or a mean. */
	public double baseline() {
		return kind == KpiKind.RATE ? baselineRate : baselineMean;
	}

	/**
	 * The KPI value the target effect reaches: the baseline moved by the target times the
	 * baseline's magnitude, so +10% of a mean of -10 is -9 (higher), never -11.
	 */
	public double targetValue() {
		double baseline = baseline();
		return baseline > 0 ? baseline * (1 + target) : baseline + target * Math.abs(baseline);
	}

	PilotDesign withClosedOn(LocalDate date) {
		return new PilotDesign(name, kind, kpiName, baselineRate, baselineMean, baselineSd, target, alpha, power,
				allocation, trafficPerDay, timeframeDays, date);
	}
}
