package com.caio.engine.economics;

import java.util.HashMap;
import java.util.Map;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.economics.model.FeeModel;
import com.caio.engine.economics.model.Figure;

/**
 * The cost arithmetic of both options, month by month, read from the figures by their
 * input path so that a sensitivity can change one figure and compute again. Every formula
 * is written out in docs/economics.md and checked against a spreadsheet.
 */
public final class CostModel {

	/** 52 weeks in 12 months. */
	public static final double WEEKS_PER_MONTH = 52.0 / 12;

	private final FeeModel feeModel;

	private final Map<String, Double> values;

	private CostModel(FeeModel feeModel, Map<String, Double> values) {
		this.feeModel = feeModel;
		this.values = Map.copyOf(values);
	}

	public static CostModel of(EngagementEconomics economics) {
		Map<String, Double> values = new HashMap<>();
		for (Figure f : economics.figures()) {
			values.put(f.path(), f.value());
		}
		return new CostModel(economics.fractional().feeModel(), values);
	}

	/** The same model with one figure changed. */
	public CostModel with(String path, double value) {
		Map<String, Double> changed = new HashMap<>(values);
		changed.put(path, value);
		return new CostModel(feeModel, changed);
	}

	public FeeModel feeModel() {
		return feeModel;
	}

	public double value(String path) {
		Double value = values.get(path);
		if (value == null) {
			throw new IllegalArgumentException("no figure " + path);
		}
		return value;
	}

	/** The fee before discount: retainer plus overage, or day rate times days. */
	public double monthlyFee() {
		if (feeModel == FeeModel.DAY_RATE) {
			return value("fractional.dayRate") * value("fractional.daysPerMonth");
		}
		double overageHours = Math.max(0, value("fractional.hoursPerMonth") - value("fractional.includedHours"));
		return value("fractional.monthlyRetainer") + overageHours * value("fractional.overageRate");
	}

	/** A working month of the fractional officer: discounted fee plus expenses. */
	public double fractionalMonthly() {
		return monthlyFee() * (1 - value("fractional.commitmentDiscount")) + value("fractional.expensesPerMonth");
	}

	/** Months from signature to the fractional officer's first day. */
	public double leadMonths() {
		return value("fractional.startLeadWeeks") / WEEKS_PER_MONTH;
	}

	public double hireMonths() {
		return value("fullTime.timeToHireMonths");
	}

	/**
	 * The share of month {@code m} (1 = the month after signature) after {@code offset}.
	 */
	public static double active(int m, double offset) {
		return Math.min(1, Math.max(0, m - offset));
	}

	/** Base plus target bonus, loaded, plus long-term incentive and tools. */
	public double fullTimeLoadedAnnual() {
		double base = value("fullTime.baseSalary");
		return base * (1 + value("fullTime.bonusTarget")) * value("fullTime.loadingFactor")
				+ value("fullTime.longTermIncentive") + value("fullTime.toolsAndOverhead");
	}

	public double recruitingFeeAmount() {
		return value("fullTime.recruitingFee") * value("fullTime.baseSalary");
	}

	/** Probability of a severance times its amount. */
	public double expectedSeverance() {
		return value("fullTime.severanceRisk") * value("fullTime.severanceMonths") * value("fullTime.baseSalary") / 12;
	}

	public double fractionalCost(int month) {
		return active(month, leadMonths()) * fractionalMonthly();
	}

	/**
	 * Loaded pay and the severance provision from the hire date (accrued over the
	 * expected tenure), and the recruiting fee in the month of the hire.
	 */
	public double fullTimeCost(int month) {
		double hire = hireMonths();
		double running = fullTimeLoadedAnnual() / 12 + expectedSeverance() / value("fullTime.expectedTenureMonths");
		double fee = month - 1 <= hire && hire < month ? recruitingFeeAmount() : 0;
		return active(month, hire) * running + fee;
	}

	public double fractionalTotal(int months) {
		double total = 0;
		for (int m = 1; m <= months; m++) {
			total += fractionalCost(m);
		}
		return total;
	}

	public double fullTimeTotal(int months) {
		double total = 0;
		for (int m = 1; m <= months; m++) {
			total += fullTimeCost(m);
		}
		return total;
	}

	/** A year at full strength. */
	public double fractionalSteadyState() {
		return 12 * fractionalMonthly();
	}

	/**
	 * A year at full strength, with the recruiting fee and severance spread over the
	 * tenure.
	 */
	public double fullTimeSteadyState() {
		return fullTimeLoadedAnnual()
				+ (recruitingFeeAmount() + expectedSeverance()) * 12 / value("fullTime.expectedTenureMonths");
	}

	/** The saving of the fractional option in percent of the full-time cost. */
	public static double savingPct(double fractional, double fullTime) {
		return 100 * (1 - fractional / fullTime);
	}

	public double savingThreeYearPct() {
		return savingPct(fractionalTotal(EngagementEconomics.HORIZON_MONTHS),
				fullTimeTotal(EngagementEconomics.HORIZON_MONTHS));
	}

	public double fractionalTimeToValue() {
		return leadMonths() + value("fractional.rampMonths");
	}

	public double fullTimeTimeToValue() {
		return hireMonths() + value("fullTime.rampMonths");
	}

	public double avoidedWastePerYear() {
		return value("avoidedWaste.projectsPerYear") * value("avoidedWaste.averageProjectCost")
				* value("avoidedWaste.failureProbability") * value("avoidedWaste.expectedReduction");
	}

	/**
	 * The sum over the horizon of the share of each month the fractional officer works.
	 */
	public double fractionalActiveMonths(int months) {
		double total = 0;
		for (int m = 1; m <= months; m++) {
			total += active(m, leadMonths());
		}
		return total;
	}

}
