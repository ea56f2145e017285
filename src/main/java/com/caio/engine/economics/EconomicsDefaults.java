package com.caio.engine.economics;

import com.caio.engine.economics.model.Figure.Unit;

/**
 * Every figure the economics input accepts: its label, range and, where one is published,
 * its default with the source beside it (docs/economics.md lists the same table).
 */
public enum EconomicsDefaults {

	MONTHLY_RETAINER("monthlyRetainer", "Monthly retainer", Unit.MONEY, 0, 1e7, null, null,
			"the monthly retainer, 0 or more"),
	INCLUDED_HOURS("includedHours", "Hours included in the retainer", Unit.HOURS, 0, 744, null, null,
			"hours a month included in the retainer, 0 to 744"),
	OVERAGE_RATE("overageRate", "Overage rate per hour", Unit.MONEY, 0, 1e5, null, null,
			"the rate per hour beyond the included hours, 0 or more"),
	DAY_RATE("dayRate", "Day rate", Unit.MONEY, 0, 1e6, null, null, "the rate per day, 0 or more"),
	DAYS_PER_MONTH("daysPerMonth", "Days per month", Unit.DAYS, 0.1, 31, null, null,
			"days worked a month, more than 0 and at most 31"),
	HOURS_PER_MONTH("hoursPerMonth", "Expected hours per month", Unit.HOURS, 0, 744, null, null,
			"the hours a month the engagement is expected to take, 0 to 744"),
	TERM_MONTHS("termMonths", "Contract term", Unit.MONTHS, 1, 120, null, null, "the term in months, 1 to 120"),
	COMMITMENT_DISCOUNT("commitmentDiscount", "Discount for commitment", Unit.FRACTION, 0, 0.99, 0.0,
			"none assumed (default 0)", "a fraction of the fee from 0 to 0.99, e.g. 0.05 for 5%"),
	EXPENSES_PER_MONTH("expensesPerMonth", "Expenses per month", Unit.MONEY, 0, 1e7, 0.0, "none assumed (default 0)",
			"expenses a month, 0 or more"),
	START_LEAD_WEEKS("startLeadWeeks", "Start lead time", Unit.WEEKS, 0, 52, null, null,
			"weeks from signature to the first working day, 0 to 52"),
	FRACTIONAL_RAMP_MONTHS("rampMonths", "Fractional ramp to first KPI improvement", Unit.MONTHS, 0, 36, null, null,
			"months from the first working day to the first measurable KPI improvement, 0 to 36"),

	BASE_SALARY("baseSalary", "Base salary", Unit.MONEY, 0, 1e8, null, null, "the annual base salary, 0 or more"),
	BONUS_TARGET("bonusTarget", "Target bonus (share of base)", Unit.FRACTION, 0, 5, 0.0, "none assumed (default 0)",
			"a fraction of base from 0 to 5, e.g. 0.30 for 30%"),
	LONG_TERM_INCENTIVE("longTermIncentive", "Long-term incentive per year", Unit.MONEY, 0, 1e8, 0.0,
			"none assumed (default 0)", "the long-term incentive a year, 0 or more"),
	LOADING_FACTOR("loadingFactor", "Benefits and employer costs (loading factor)", Unit.FACTOR, 1, 3, 1.42,
			"US BLS, Employer Costs for Employee Compensation: wages and salaries are about 70.5% of employer "
					+ "compensation cost, so loaded cost is about 1 / 0.705 = 1.42 x pay (default)",
			"a factor from 1 to 3 applied to cash pay, e.g. 1.42"),
	RECRUITING_FEE("recruitingFee", "Recruiting fee (share of first-year base)", Unit.FRACTION, 0, 1, null, null,
			"a fraction of first-year base from 0 to 1, e.g. 0.25 for 25%"),
	TIME_TO_HIRE_MONTHS("timeToHireMonths", "Time to hire (vacancy)", Unit.MONTHS, 0, 36, null, null,
			"months from the decision to the hire's first day, 0 to 36"),
	FULL_TIME_RAMP_MONTHS("rampMonths", "Full-time ramp to full productivity", Unit.MONTHS, 0, 36, 6.0,
			"Watkins, The First 90 Days: a new senior leader breaks even (contributes as much value as consumed) "
					+ "after about 6.2 months (survey of 200+ CEOs and presidents) (default)",
			"months from the first day to full productivity, 0 to 36"),
	TOOLS_AND_OVERHEAD("toolsAndOverhead", "Tools and overhead per year", Unit.MONEY, 0, 1e8, 0.0,
			"none assumed (default 0)", "tools and overhead a year, 0 or more"),
	EXPECTED_TENURE_MONTHS("expectedTenureMonths", "Expected tenure", Unit.MONTHS, 1, 240, null, null,
			"months the hire is expected to stay, 1 to 240"),
	SEVERANCE_RISK("severanceRisk", "Severance risk (probability)", Unit.FRACTION, 0, 1, 0.0,
			"none assumed (default 0)", "a probability from 0 to 1 that the hire leaves with severance"),
	SEVERANCE_MONTHS("severanceMonths", "Severance (months of base)", Unit.MONTHS, 0, 36, 0.0,
			"none assumed (default 0)", "months of base paid as severance, 0 to 36"),

	PROJECTS_PER_YEAR("projectsPerYear", "AI projects started per year", Unit.COUNT, 0, 1000, null, null,
			"the number of AI projects a year, 0 to 1000"),
	AVERAGE_PROJECT_COST("averageProjectCost", "Average cost of an AI project", Unit.MONEY, 0, 1e9, null, null,
			"the average cost of a project, 0 or more"),
	FAILURE_PROBABILITY("failureProbability", "Share of AI projects that fail", Unit.FRACTION, 0, 1, 0.80,
			"RAND, The Root Causes of Failure for Artificial Intelligence Projects, RR-A2680-1 (2024): over 80% of AI "
					+ "projects fail, about twice the rate of other IT projects (default)",
			"a probability from 0 to 1, e.g. 0.80"),
	EXPECTED_REDUCTION("expectedReduction", "Failures avoided by better selection", Unit.FRACTION, 0, 1, null, null,
			"the share of failures avoided, from 0 to 1, e.g. 0.25");

	private final String field;

	private final String label;

	private final Unit unit;

	private final double min;

	private final double max;

	private final Double defaultValue;

	private final String defaultSource;

	private final String accepted;

	EconomicsDefaults(String field, String label, Unit unit, double min, double max, Double defaultValue,
			String defaultSource, String accepted) {
		this.field = field;
		this.label = label;
		this.unit = unit;
		this.min = min;
		this.max = max;
		this.defaultValue = defaultValue;
		this.defaultSource = defaultSource;
		this.accepted = accepted;
	}

	public String field() {
		return field;
	}

	public String label() {
		return label;
	}

	public Unit unit() {
		return unit;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	public Double defaultValue() {
		return defaultValue;
	}

	public String defaultSource() {
		return defaultSource;
	}

	public String accepted() {
		return accepted;
	}

}
