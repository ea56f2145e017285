package com.caio.engine.businesscase;

import java.util.List;

/**
 * The projection of one scenario over the horizon.
 *
 * @param irr the internal rate of return annualised, (1 + monthly)^12 - 1; null without a
 * sign change
 * @param roi (total benefit - total cost) / total cost; null when nothing is spent
 * @param paybackMonths interpolated month the cumulative cash flow reaches zero; null if
 * never
 * @param monthly month 0 (the upfront cost) to the horizon
 */
public record ScenarioResult(String name, double npv, Double irr, Double irrMonthly, Double roi, Double paybackMonths,
		double totalBenefit, double totalCost, double upfront, double monthlyCost, List<Month> monthly) {

	public ScenarioResult {
		monthly = List.copyOf(monthly);
	}

	/** One month of the projection. */
	public record Month(int month, double benefit, double cost, double net, double cumulative) {
	}
}
