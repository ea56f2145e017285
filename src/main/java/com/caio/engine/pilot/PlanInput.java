package com.caio.engine.pilot;

import java.time.LocalDate;
import java.util.Locale;

import com.caio.engine.common.BadInputException;
import com.caio.engine.input.DisplayNames;

/**
 * A pilot plan as a person writes it (JSON or YAML); {@link #validate} checks every field
 * and names the first wrong one.
 *
 * @param kpi "rate" (e.g. conversion) or "mean" (e.g. cost per acquisition, basket value)
 * @param allocation control/treatment split in percent, e.g. "50/50" (the default) or
 * "30/70"
 * @param timeframeDays the longest acceptable pilot duration in days
 * @param arms the labels a per-unit CSV uses for control and treatment (optional)
 * @param kpiColumn the column of a per-unit CSV that holds the KPI (optional; default
 * converted or value)
 */
public record PlanInput(String name, String kpi, String kpiName, Double baselineRate, Double baselineMean,
		Double baselineSd, Double targetRelativeEffect, Double alpha, Double power, String allocation,
		Double trafficPerDay, Integer timeframeDays, LocalDate closedOn, ArmLabels arms, String kpiColumn) {

	/** The largest baseline mean or standard deviation accepted, in size. */
	static final double VALUE_LIMIT = UnitCsvReader.LIMIT;

	/** The most units a day a plan may expect (more than any population). */
	static final double TRAFFIC_LIMIT = 1e10;

	/**
	 * A plan without per-unit CSV layout: control and treatment labels, default columns.
	 */
	public PlanInput(String name, String kpi, String kpiName, Double baselineRate, Double baselineMean,
			Double baselineSd, Double targetRelativeEffect, Double alpha, Double power, String allocation,
			Double trafficPerDay, Integer timeframeDays, LocalDate closedOn) {
		this(name, kpi, kpiName, baselineRate, baselineMean, baselineSd, targetRelativeEffect, alpha, power, allocation,
				trafficPerDay, timeframeDays, closedOn, null, null);
	}

	/** Validates the plan; alpha and power default to the pilot policy's values. */
	PilotDesign validate(String where, PilotPolicy policy) {
		KpiKind kind = kind(where + "kpi");
		if (arms != null) {
			arms.validate(where + "arms");
		}
		if (kpiColumn != null && kpiColumn.isBlank()) {
			throw new BadInputException(where + "kpiColumn", "is blank; name the CSV column that holds the KPI");
		}
		double alpha = probability(where + "alpha", this.alpha == null ? policy.alpha() : this.alpha);
		double power = probability(where + "power", this.power == null ? policy.power() : this.power);
		double target = required(where + "targetRelativeEffect", targetRelativeEffect);
		if (target == 0 || target <= -1) {
			throw new BadInputException(where + "targetRelativeEffect",
					"the target relative effect must be non-zero and above -1 (e.g. 0.10 for +10%, -0.10 for a cost KPI), got "
							+ target);
		}
		double rate = 0;
		double mean = 0;
		double sd = 0;
		if (kind == KpiKind.RATE) {
			rate = probability(where + "baselineRate", required(where + "baselineRate", baselineRate));
			double targetRate = rate * (1 + target);
			if (targetRate <= 0 || targetRate >= 1) {
				throw new BadInputException(where + "targetRelativeEffect", String.format(Locale.ROOT,
						"the target rate %s x (1 + %s) = %s is not a probability in (0,1)", rate, target, targetRate));
			}
		}
		else {
			mean = atMost(where + "baselineMean", required(where + "baselineMean", baselineMean), VALUE_LIMIT);
			if (mean == 0) {
				throw new BadInputException(where + "baselineMean",
						"a relative target of a KPI whose baseline mean is 0 is undefined; give the baseline mean as measured (not 0)");
			}
			sd = atMost(where + "baselineSd",
					positive(where + "baselineSd", required(where + "baselineSd", baselineSd)), VALUE_LIMIT);
		}
		double traffic = atMost(where + "trafficPerDay",
				positive(where + "trafficPerDay", required(where + "trafficPerDay", trafficPerDay)), TRAFFIC_LIMIT);
		if (timeframeDays == null || timeframeDays <= 0) {
			throw new BadInputException(where + "timeframeDays",
					"the longest acceptable timeframe must be a positive number of days, got " + timeframeDays);
		}
		return new PilotDesign(name == null || name.isBlank() ? "pilot" : name.strip(), kind, kpiLabel(where, kind),
				rate, mean, sd, target, alpha, power, allocation(where + "allocation", allocation), traffic,
				timeframeDays, closedOn);
	}

	/**
	 * The KPI as the documents name it: the plan's {@code kpiName} (checked as one line
	 * of text for people), else one derived from the per-unit CSV's {@code kpiColumn}
	 * ({@code retention_7} is "Retention 7"), else "conversion rate" or "mean value".
	 */
	private String kpiLabel(String where, KpiKind kind) {
		String given = DisplayNames.check(where + "kpiName", kpiName);
		if (given != null) {
			return given;
		}
		if (kpiColumn != null) {
			return DisplayNames.derive(kpiColumn.strip());
		}
		return kind == KpiKind.RATE ? "conversion rate" : "mean value";
	}

	private KpiKind kind(String where) {
		if (kpi == null) {
			throw new BadInputException(where,
					"missing; expected 'rate' (e.g. conversion) or 'mean' (e.g. cost per acquisition)");
		}
		return switch (kpi.strip().toLowerCase(Locale.ROOT)) {
			case "rate" -> KpiKind.RATE;
			case "mean" -> KpiKind.MEAN;
			default -> throw new BadInputException(where, "'" + kpi + "' is not a KPI kind; expected 'rate' or 'mean'");
		};
	}

	static Allocation allocation(String where, String text) {
		if (text == null || text.isBlank()) {
			return Allocation.EVEN;
		}
		String[] parts = text.strip().split("/");
		try {
			if (parts.length == 2) {
				double control = Double.parseDouble(parts[0].strip());
				double treatment = Double.parseDouble(parts[1].strip());
				if (control > 0 && treatment > 0 && Math.abs(control + treatment - 100) < 1e-9) {
					return new Allocation(control / 100, treatment / 100);
				}
			}
		}
		catch (NumberFormatException ex) {
			// reported below with what is accepted
		}
		throw new BadInputException(where, "'" + text
				+ "' is not an allocation; expected control/treatment percentages adding up to 100, e.g. 50/50 or 30/70");
	}

	static double required(String where, Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			throw new BadInputException(where, "missing; a number is required");
		}
		return value;
	}

	static double probability(String where, double value) {
		if (!(value > 0 && value < 1)) {
			throw new BadInputException(where, "must be a probability strictly between 0 and 1, got " + value);
		}
		return value;
	}

	/** Refuses a value larger in size than {@code limit}, naming the field. */
	static double atMost(String where, double value, double limit) {
		if (Math.abs(value) > limit) {
			throw new BadInputException(where, "is out of range, got " + value + "; accepted: at most "
					+ String.format(Locale.ROOT, "%.0e", limit).replace("+", "") + " in size");
		}
		return value;
	}

	static double positive(String where, double value) {
		if (!(value > 0)) {
			throw new BadInputException(where, "must be positive, got " + value);
		}
		return value;
	}
}
