package com.caio.engine.governance.model;

/**
 * A KPI at its 6- or 12-month review, as the rules see it.
 *
 * @param due the review day has come by the pack's day
 * @param measured the review window holds enough points to compare
 * @param improvementPercent the change against the baseline mean in percent of it, signed
 * so that better is positive
 * @param pValue Welch's two-sided p for daily or weekly data; -1 for monthly data
 * @param changeInSds the change in the better direction in baseline standard deviations
 * (for monthly data); 0 when the baseline has no variation to measure
 */
public record KpiReview(String kpi, int month, boolean due, boolean measured, String cadence, double improvementPercent,
		double pValue, double changeInSds) {

	public boolean monthly() {
		return "monthly".equals(cadence);
	}

}
