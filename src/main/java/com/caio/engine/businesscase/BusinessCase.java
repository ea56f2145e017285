package com.caio.engine.businesscase;

import java.util.List;

/**
 * A business case as submitted: baseline metrics, three scenarios of levers and costs,
 * and the financial settings they are judged with. Validated on the way in by
 * {@link BusinessCaseReader}.
 *
 * @param discountRate annual rate, e.g. 0.10
 * @param longerHorizonRationale why a payback beyond 12 months is acceptable, or null
 */
public record BusinessCase(String name, String organisation, String currency, int horizonMonths, double discountRate,
		String discountRateSource, String ask, String longerHorizonRationale, List<BaselineMetric> baseline,
		List<Scenario> scenarios, List<Risk> risks) {

	/** The scenario names, in the order they must rise. */
	public static final List<String> SCENARIOS = List.of("conservative", "expected", "aggressive");

	public static final int DEFAULT_HORIZON_MONTHS = 24;

	public BusinessCase {
		baseline = List.copyOf(baseline);
		scenarios = List.copyOf(scenarios);
		risks = risks == null ? List.of() : List.copyOf(risks);
	}

	public BaselineMetric metric(String metricName) {
		return baseline.stream().filter(m -> m.name().equals(metricName)).findFirst().orElseThrow();
	}

	/**
	 * A baseline metric's name as a board reads it (its display name, or one derived from
	 * the id).
	 */
	public String label(String metricName) {
		return baseline.stream()
			.filter(m -> m.name().equals(metricName))
			.findFirst()
			.map(BaselineMetric::label)
			.orElseGet(() -> MetricNames.label(metricName));
	}

	public Scenario scenario(String scenarioName) {
		return scenarios.stream().filter(s -> s.name().equals(scenarioName)).findFirst().orElseThrow();
	}

	/** A copy with one scenario replaced (by name). */
	public BusinessCase with(Scenario scenario) {
		return new BusinessCase(name, organisation, currency, horizonMonths, discountRate, discountRateSource, ask,
				longerHorizonRationale, baseline,
				scenarios.stream().map(s -> s.name().equals(scenario.name()) ? scenario : s).toList(), risks);
	}

	/** A copy with one baseline metric replaced (by name). */
	public BusinessCase with(BaselineMetric metric) {
		return new BusinessCase(name, organisation, currency, horizonMonths, discountRate, discountRateSource, ask,
				longerHorizonRationale,
				baseline.stream().map(m -> m.name().equals(metric.name()) ? metric : m).toList(), scenarios, risks);
	}

	public BusinessCase withDiscountRate(double rate) {
		return new BusinessCase(name, organisation, currency, horizonMonths, rate, discountRateSource, ask,
				longerHorizonRationale, baseline, scenarios, risks);
	}

	/**
	 * A KPI as it stands today, per month, and where the figure comes from.
	 *
	 * @param name the metric's id, which levers refer to (e.g. {@code dtc_revenue})
	 * @param displayName the name a board reads (e.g. "Direct-to-consumer revenue"), or
	 * null to derive one from the id
	 */
	public record BaselineMetric(String name, double monthlyValue, String unit, String source, String displayName) {

		public BaselineMetric(String name, double monthlyValue, String unit, String source) {
			this(name, monthlyValue, unit, source, null);
		}

		public BaselineMetric withValue(double value) {
			return new BaselineMetric(name, value, unit, source, displayName);
		}

		/**
		 * The metric as a board reads it: its display name, or one derived from its id.
		 */
		public String label() {
			return displayName != null ? displayName : MetricNames.label(name);
		}
	}

	/** One of conservative, expected or aggressive. */
	public record Scenario(String name, List<Lever> levers, List<Cost> costs) {

		public Scenario {
			levers = List.copyOf(levers);
			costs = List.copyOf(costs);
		}

		public double upfront() {
			return costs.stream().mapToDouble(Cost::upfront).sum();
		}

		public double monthlyCost() {
			return costs.stream().mapToDouble(Cost::monthly).sum();
		}

		/**
		 * A copy with other levers; the sensitivity analysis varies one assumption at a
		 * time.
		 */
		public Scenario withLevers(List<Lever> other) {
			return new Scenario(name, other, costs);
		}

		public Scenario withCosts(List<Cost> other) {
			return new Scenario(name, levers, other);
		}
	}

	/**
	 * A lever moves a baseline metric by {@code uplift} (a fraction); {@code margin} is
	 * the share of that movement that is profit (1.0 for a cost reduction); full effect
	 * is reached after {@code rampMonths}.
	 */
	public record Lever(String metric, double uplift, double margin, double rampMonths, String source) {

		public Lever withUplift(double value) {
			return new Lever(metric, value, margin, rampMonths, source);
		}

		public Lever withMargin(double value) {
			return new Lever(metric, uplift, value, rampMonths, source);
		}

		public Lever withRamp(double value) {
			return new Lever(metric, uplift, margin, value, source);
		}

		/** A cost reduction turns all of its uplift into profit. */
		public String kind() {
			return margin >= 1.0 ? "cost" : "revenue";
		}
	}

	/** A cost line: paid once at month 0 and/or every month of the horizon. */
	public record Cost(String name, double upfront, double monthly, String source) {

		public Cost withUpfront(double value) {
			return new Cost(name, value, monthly, source);
		}

		public Cost withMonthly(double value) {
			return new Cost(name, upfront, value, source);
		}
	}

	/** A risk to the case and how it is mitigated, as the sponsor states it. */
	public record Risk(String risk, String mitigation) {
	}
}
