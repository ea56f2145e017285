package com.caio.engine.businesscase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

import com.caio.engine.businesscase.BusinessCase.Cost;
import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Scenario;

/**
 * How far the expected scenario's NPV and payback move when each assumption moves by
 * +-20%, one at a time, ranked by the NPV swing (a tornado).
 *
 * @param change the relative move applied, 0.2
 */
public record Sensitivity(String scenario, double change, double baseNpv, Double basePaybackMonths, List<Item> items) {

	public static final double CHANGE = 0.2;

	public Sensitivity {
		items = List.copyOf(items);
	}

	/**
	 * One assumption moved down and up.
	 *
	 * @param path the input field it comes from, e.g.
	 * {@code scenarios.expected.levers[0].uplift}
	 * @param driver what it is about: a metric, a cost line or "discount rate"
	 * @param factor which figure of the driver moved: uplift, margin, ramp, baseline,
	 * upfront, monthly or rate
	 * @param npvSwing |npvHigh - npvLow|, the bar length in the tornado
	 */
	public record Item(String assumption, String driver, String factor, String path, double baseValue, double lowValue,
			double highValue, double npvLow, double npvHigh, Double paybackLow, Double paybackHigh, double npvSwing) {
	}

	public static Sensitivity of(BusinessCase businessCase, String scenarioName) {
		Scenario scenario = businessCase.scenario(scenarioName);
		Probe probe = new Probe(scenarioName);
		String at = "scenarios." + scenarioName;
		Set<String> metrics = new LinkedHashSet<>();
		for (int i = 0; i < scenario.levers().size(); i++) {
			Lever lever = scenario.levers().get(i);
			int index = i;
			String path = at + ".levers[" + i + "]";
			String metric = lever.metric();
			metrics.add(metric);
			String label = businessCase.label(metric);
			probe.move("Uplift on " + label, metric, "uplift", path + ".uplift", lever.uplift(),
					v -> withLever(businessCase, scenario, index, lever.withUplift(v)));
			if (lever.margin() < 1.0) {
				// a cost reduction's margin is 1 by definition; moving it would not be an
				// assumption
				probe.move("Margin on " + label, metric, "margin", path + ".margin", lever.margin(),
						v -> withLever(businessCase, scenario, index, lever.withMargin(v)));
			}
			if (lever.rampMonths() > 0) {
				probe.move("Ramp-up of " + label, metric, "ramp", path + ".rampMonths", lever.rampMonths(),
						v -> withLever(businessCase, scenario, index, lever.withRamp(v)));
			}
		}
		for (String metric : metrics) {
			BusinessCase.BaselineMetric baseline = businessCase.metric(metric);
			probe.move("Baseline " + baseline.label(), metric, "baseline",
					"baseline[" + businessCase.baseline().indexOf(baseline) + "].monthlyValue", baseline.monthlyValue(),
					v -> businessCase.with(baseline.withValue(v)));
		}
		for (int i = 0; i < scenario.costs().size(); i++) {
			Cost cost = scenario.costs().get(i);
			int index = i;
			String path = at + ".costs[" + i + "]";
			if (cost.upfront() > 0) {
				probe.move("Upfront: " + cost.name(), cost.name(), "upfront", path + ".upfront", cost.upfront(),
						v -> withCost(businessCase, scenario, index, cost.withUpfront(v)));
			}
			if (cost.monthly() > 0) {
				probe.move("Monthly: " + cost.name(), cost.name(), "monthly", path + ".monthly", cost.monthly(),
						v -> withCost(businessCase, scenario, index, cost.withMonthly(v)));
			}
		}
		if (businessCase.discountRate() > 0) {
			probe.move("Discount rate", "discount rate", "rate", "discountRate", businessCase.discountRate(),
					businessCase::withDiscountRate);
		}
		List<Item> items = new ArrayList<>(probe.items);
		items.sort(Comparator.comparingDouble(Item::npvSwing).reversed().thenComparing(Item::path));
		return new Sensitivity(scenarioName, CHANGE, Projection.npv(businessCase, scenario),
				Projection.payback(businessCase, scenario), items);
	}

	private static BusinessCase withLever(BusinessCase c, Scenario s, int index, Lever lever) {
		return c.with(s.withLevers(replace(s.levers(), index, lever)));
	}

	private static BusinessCase withCost(BusinessCase c, Scenario s, int index, Cost cost) {
		return c.with(s.withCosts(replace(s.costs(), index, cost)));
	}

	/**
	 * Moves one assumption down and up and records the scenario's NPV and payback at each
	 * end.
	 */
	private record Probe(String scenario, List<Item> items) {

		Probe(String scenario) {
			this(scenario, new ArrayList<>());
		}

		void move(String label, String driver, String factor, String path, double value,
				DoubleFunction<BusinessCase> moved) {
			double low = value * (1 - CHANGE);
			double high = value * (1 + CHANGE);
			BusinessCase lowBase = moved.apply(low);
			BusinessCase highBase = moved.apply(high);
			Scenario lowCase = lowBase.scenario(scenario);
			Scenario highCase = highBase.scenario(scenario);
			double npvLow = Projection.npv(lowBase, lowCase);
			double npvHigh = Projection.npv(highBase, highCase);
			items.add(new Item(label, driver, factor, path, value, low, high, npvLow, npvHigh,
					Projection.payback(lowBase, lowCase), Projection.payback(highBase, highCase),
					Math.abs(npvHigh - npvLow)));
		}
	}

	private static <T> List<T> replace(List<T> list, int index, T value) {
		List<T> copy = new ArrayList<>(list);
		copy.set(index, value);
		return copy;
	}
}
