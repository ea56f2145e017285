package com.caio.engine.businesscase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.businesscase.BusinessCase.BaselineMetric;
import com.caio.engine.businesscase.BusinessCase.Cost;
import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Scenario;

/**
 * One input a reader must be able to trace to its data source: a fact for the
 * traceability rule and a row of the assumptions register.
 *
 * @param scenario the scenario it belongs to, or "all" for the baseline and the discount
 * rate
 * @param path the input field, e.g. {@code scenarios.expected.levers[0]}
 * @param source where the figure comes from; null when none was given
 */
public record Assumption(String scenario, String name, String path, double value, String unit, String detail,
		String source) {

	public static List<Assumption> register(BusinessCase c) {
		List<Assumption> list = new ArrayList<>();
		list.add(new Assumption("all", "Discount rate (annual)", "discountRate", c.discountRate(), "fraction",
				"monthly rate " + String.format(Locale.ROOT, "%.4f%%", 100 * Finance.monthlyRate(c.discountRate())),
				c.discountRateSource()));
		for (int i = 0; i < c.baseline().size(); i++) {
			BaselineMetric m = c.baseline().get(i);
			list.add(new Assumption("all", "Baseline " + m.label(), "baseline[" + i + "]", m.monthlyValue(), m.unit(),
					"per month", m.source()));
		}
		for (Scenario s : c.scenarios()) {
			String at = "scenarios." + s.name();
			for (int i = 0; i < s.levers().size(); i++) {
				Lever l = s.levers().get(i);
				list.add(new Assumption(s.name(), "Uplift on " + c.label(l.metric()), at + ".levers[" + i + "]",
						l.uplift(), "fraction", String.format(Locale.ROOT, "margin %.0f%%, full effect after %s %s",
								100 * l.margin(), trim(l.rampMonths()), l.rampMonths() == 1 ? "month" : "months"),
						l.source()));
			}
			for (int i = 0; i < s.costs().size(); i++) {
				Cost k = s.costs().get(i);
				String detail = String.format(Locale.ROOT, "upfront %,.0f, monthly %,.0f", k.upfront(), k.monthly());
				list.add(new Assumption(s.name(), "Cost: " + k.name(), at + ".costs[" + i + "]", k.upfront(),
						c.currency(), detail, k.source()));
			}
		}
		return list;
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
