package com.caio.engine.businesscase;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Scenario;

/**
 * Projects a scenario month by month and derives NPV, IRR, ROI and payback (see
 * docs/businesscase.md).
 */
public final class Projection {

	private Projection() {
	}

	/**
	 * Benefit in month m: sum over levers of baseline x uplift x margin x min(1, m /
	 * ramp).
	 */
	public static double benefit(BusinessCase businessCase, Scenario scenario, int month) {
		double total = 0;
		for (Lever lever : scenario.levers()) {
			double baseline = businessCase.metric(lever.metric()).monthlyValue();
			total += baseline * lever.uplift() * lever.margin() * rampFactor(lever.rampMonths(), month);
		}
		return total;
	}

	/** A ramp of 0 months means full effect from month 1. */
	static double rampFactor(double rampMonths, int month) {
		return rampMonths <= 0 ? 1.0 : Math.min(1.0, month / rampMonths);
	}

	/**
	 * Month 0 is minus the upfront cost; month m is benefit(m) minus the monthly cost.
	 */
	public static double[] cashFlows(BusinessCase businessCase, Scenario scenario) {
		double[] flows = new double[businessCase.horizonMonths() + 1];
		flows[0] = -scenario.upfront();
		for (int m = 1; m < flows.length; m++) {
			flows[m] = benefit(businessCase, scenario, m) - scenario.monthlyCost();
		}
		return flows;
	}

	public static double npv(BusinessCase businessCase, Scenario scenario) {
		return Finance.npv(Finance.monthlyRate(businessCase.discountRate()), cashFlows(businessCase, scenario));
	}

	public static Double payback(BusinessCase businessCase, Scenario scenario) {
		return Finance.paybackMonths(cashFlows(businessCase, scenario));
	}

	public static ScenarioResult project(BusinessCase businessCase, Scenario scenario) {
		int horizon = businessCase.horizonMonths();
		double[] flows = new double[horizon + 1];
		List<ScenarioResult.Month> months = new ArrayList<>();
		double upfront = scenario.upfront();
		double monthlyCost = scenario.monthlyCost();
		flows[0] = -upfront;
		months.add(new ScenarioResult.Month(0, 0, upfront, -upfront, -upfront));
		double cumulative = -upfront;
		double totalBenefit = 0;
		for (int m = 1; m <= horizon; m++) {
			double benefit = benefit(businessCase, scenario, m);
			flows[m] = benefit - monthlyCost;
			cumulative += flows[m];
			totalBenefit += benefit;
			months.add(new ScenarioResult.Month(m, benefit, monthlyCost, flows[m], cumulative));
		}
		double totalCost = upfront + monthlyCost * horizon;
		Double irrMonthly = Finance.irr(flows);
		return new ScenarioResult(scenario.name(), Finance.npv(Finance.monthlyRate(businessCase.discountRate()), flows),
				irrMonthly == null ? null : Finance.annualise(irrMonthly), irrMonthly,
				totalCost == 0 ? null : (totalBenefit - totalCost) / totalCost, Finance.paybackMonths(flows),
				totalBenefit, totalCost, upfront, monthlyCost, months);
	}

}
