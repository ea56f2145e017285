package com.caio.engine.pilot;

import com.caio.engine.common.BadInputException;

/**
 * One arm's aggregates as written: {@code units} and {@code conversions} for a rate KPI,
 * or {@code n} (or {@code units}), {@code mean} and {@code sd} for a mean KPI.
 */
public record ArmInput(Long units, Long conversions, Long n, Double mean, Double sd) {

	ArmTotals validate(String where, String arm, KpiKind kind) {
		if (kind == KpiKind.RATE) {
			long u = positiveUnits(where + ".units", units);
			if (conversions == null || conversions < 0) {
				throw new BadInputException(where + ".conversions",
						"must be a count of converted units, 0 or more, got " + conversions);
			}
			if (conversions > u) {
				throw new BadInputException(where + ".conversions",
						"there are more conversions (" + conversions + ") than units (" + u + ")");
			}
			return ArmTotals.ofRate(arm, u, conversions);
		}
		long count = positiveUnits(where + (n != null ? ".n" : ".units"), n != null ? n : units);
		if (count < 2) {
			throw new BadInputException(where + ".n", "a mean KPI needs at least 2 units per arm, got " + count);
		}
		double m = PlanInput.required(where + ".mean", mean);
		double s = PlanInput.required(where + ".sd", sd);
		if (s < 0) {
			throw new BadInputException(where + ".sd", "a standard deviation cannot be negative, got " + s);
		}
		return ArmTotals.ofMean(arm, count, m, s);
	}

	private static long positiveUnits(String where, Long value) {
		if (value == null || value <= 0) {
			throw new BadInputException(where, "must be a positive number of units, got " + value);
		}
		return value;
	}
}
