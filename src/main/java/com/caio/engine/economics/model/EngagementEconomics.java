package com.caio.engine.economics.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** An engagement's economics as read from the input: the two options and the proposal. */
public record EngagementEconomics(String name, String client, String currency, Fractional fractional, FullTime fullTime,
		WasteInputs waste, Proposal proposal) {

	/** Months compared: three years. */
	public static final int HORIZON_MONTHS = 36;

	/** Every figure, in input order: the assumptions register. */
	public List<Figure> figures() {
		List<Figure> all = new ArrayList<>();
		Fractional f = fractional;
		Stream
			.of(f.monthlyRetainer(), f.includedHours(), f.overageRate(), f.dayRate(), f.daysPerMonth(),
					f.hoursPerMonth(), f.termMonths(), f.commitmentDiscount(), f.expensesPerMonth(), f.startLeadWeeks(),
					f.rampMonths())
			.filter(Objects::nonNull)
			.forEach(all::add);
		FullTime t = fullTime;
		all.addAll(List.of(t.baseSalary(), t.bonusTarget(), t.longTermIncentive(), t.loadingFactor(), t.recruitingFee(),
				t.timeToHireMonths(), t.rampMonths(), t.toolsAndOverhead(), t.expectedTenureMonths(), t.severanceRisk(),
				t.severanceMonths()));
		all.addAll(List.of(waste.projectsPerYear(), waste.averageProjectCost(), waste.failureProbability(),
				waste.expectedReduction()));
		return all;
	}

}
