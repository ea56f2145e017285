package com.caio.engine.economics;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.economics.model.EngagementEconomics;

/**
 * The annualised cost of each option (year 1 and steady state), the 3-year total cost of
 * ownership, the savings in percent and the monthly cost curves.
 *
 * @param monthly months 1 to 36, each with both costs and their running totals
 */
public record CostComparison(double fractionalMonthly, double fullTimeLoadedAnnual, double fractionalYear1,
		double fullTimeYear1, double fractionalSteadyState, double fullTimeSteadyState, double fractionalThreeYear,
		double fullTimeThreeYear, double savingYear1Pct, double savingSteadyStatePct, double savingThreeYearPct,
		List<MonthCost> monthly) {

	/** One month of both curves. */
	public record MonthCost(int month, double fractional, double fullTime, double fractionalCumulative,
			double fullTimeCumulative) {
	}

	public static CostComparison of(CostModel model) {
		List<MonthCost> months = new ArrayList<>();
		double fc = 0;
		double tc = 0;
		for (int m = 1; m <= EngagementEconomics.HORIZON_MONTHS; m++) {
			double f = model.fractionalCost(m);
			double t = model.fullTimeCost(m);
			fc += f;
			tc += t;
			months.add(new MonthCost(m, f, t, fc, tc));
		}
		double f1 = model.fractionalTotal(12);
		double t1 = model.fullTimeTotal(12);
		double fs = model.fractionalSteadyState();
		double ts = model.fullTimeSteadyState();
		double f3 = model.fractionalTotal(EngagementEconomics.HORIZON_MONTHS);
		double t3 = model.fullTimeTotal(EngagementEconomics.HORIZON_MONTHS);
		return new CostComparison(model.fractionalMonthly(), model.fullTimeLoadedAnnual(), f1, t1, fs, ts, f3, t3,
				CostModel.savingPct(f1, t1), CostModel.savingPct(fs, ts), CostModel.savingPct(f3, t3),
				List.copyOf(months));
	}

}
