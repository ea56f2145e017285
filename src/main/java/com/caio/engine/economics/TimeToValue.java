package com.caio.engine.economics;

/**
 * Months from signature to the first measurable KPI improvement: the fractional officer's
 * start lead time plus ramp, against the time to hire plus ramp of a full-time hire.
 */
public record TimeToValue(double fractionalMonths, double fullTimeMonths, double monthsEarlier) {

	public static TimeToValue of(CostModel model) {
		double f = model.fractionalTimeToValue();
		double t = model.fullTimeTimeToValue();
		return new TimeToValue(f, t, t - f);
	}

}
