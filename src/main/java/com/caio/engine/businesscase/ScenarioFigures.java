package com.caio.engine.businesscase;

/**
 * A scenario's headline figures, for rules.
 *
 * @param paybackMonths null when it never pays back within the horizon
 */
public record ScenarioFigures(String scenario, double npv, Double roi, Double paybackMonths, double totalBenefit) {

	/** False also when the scenario never pays back. */
	public boolean paysBackWithin(double months) {
		return paybackMonths != null && paybackMonths <= months;
	}
}
