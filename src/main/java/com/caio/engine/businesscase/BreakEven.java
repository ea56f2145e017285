package com.caio.engine.businesscase;

import java.util.List;

import com.caio.engine.businesscase.BusinessCase.Scenario;

/**
 * The uplift at which the expected scenario pays back in exactly {@code targetMonths}:
 * every lever's uplift scaled by one {@code factor}. The cumulative cash flow at the
 * target month is linear in that factor, so it has a closed form: (upfront + target x
 * monthly cost) / sum of benefits of months 1..target.
 *
 * @param factor the multiple of the expected uplifts needed; below 1 means the expected
 * case has headroom
 */
public record BreakEven(String scenario, int targetMonths, double factor, List<LeverUplift> levers) {

	public BreakEven {
		levers = List.copyOf(levers);
	}

	/** A lever's expected uplift beside the uplift that just pays back in time. */
	public record LeverUplift(String metric, double expectedUplift, double breakEvenUplift) {
	}

	/**
	 * Null when the levers bring no benefit at all within the target (no uplift can pay
	 * back).
	 */
	public static BreakEven of(BusinessCase businessCase, String scenarioName, int targetMonths) {
		Scenario scenario = businessCase.scenario(scenarioName);
		double benefits = 0;
		for (int m = 1; m <= targetMonths; m++) {
			benefits += Projection.benefit(businessCase, scenario, m);
		}
		if (benefits <= 0) {
			return null;
		}
		double factor = (scenario.upfront() + targetMonths * scenario.monthlyCost()) / benefits;
		return new BreakEven(scenarioName, targetMonths, factor,
				scenario.levers()
					.stream()
					.map(l -> new LeverUplift(l.metric(), l.uplift(), l.uplift() * factor))
					.toList());
	}
}
