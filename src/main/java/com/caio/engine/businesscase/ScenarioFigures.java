package com.caio.engine.businesscase;

import com.caio.engine.rules.Precision;

/**
 * A scenario's headline figures, for rules.
 *
 * @param paybackMonths null when it never pays back within the horizon
 * @param cashPositiveAfterStart whether the cumulative cash flow is above zero in any
 * month after month 0
 */
public record ScenarioFigures(String scenario, double npv, Double roi, Double paybackMonths, double totalBenefit,
		boolean cashPositiveAfterStart) {

	/**
	 * False also when the scenario never pays back; compared at Precision's 9 decimal
	 * places, so a payback of 12.000000000000002 months is 12.
	 */
	public boolean paysBackWithin(double months) {
		return paybackMonths != null && Precision.round(paybackMonths) <= months;
	}

	/** The NPV as a person reads it (9 decimal places), for thresholds. */
	public double roundedNpv() {
		return Precision.round(npv);
	}

	public static ScenarioFigures of(ScenarioResult r) {
		boolean positive = r.monthly().stream().anyMatch(m -> m.month() > 0 && Precision.round(m.cumulative()) > 0);
		return new ScenarioFigures(r.name(), r.npv(), r.roi(), r.paybackMonths(), r.totalBenefit(), positive);
	}
}
