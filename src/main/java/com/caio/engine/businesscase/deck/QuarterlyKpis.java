package com.caio.engine.businesscase.deck;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.businesscase.BusinessCase;
import com.caio.engine.businesscase.BusinessCaseReport;
import com.caio.engine.businesscase.ScenarioResult;

/**
 * The expected scenario by quarter: the KPI movement each lever has reached at the
 * quarter's end, and the quarter's benefit, cost, net and cumulative cash flow. Quarter 1
 * carries the upfront cost.
 */
record QuarterlyKpis(List<String> header, List<List<String>> rows) {

	static QuarterlyKpis of(BusinessCaseReport report, int maxQuarters) {
		ScenarioResult expected = report.scenario("expected");
		BusinessCase.Scenario input = report.input().scenario("expected");
		int quarters = Math.min(maxQuarters, (report.horizonMonths() + 2) / 3);
		List<String> header = new ArrayList<>(List.of("Expected scenario (" + report.currency() + ")"));
		for (int q = 1; q <= quarters; q++) {
			header.add("Q" + q);
		}
		List<List<String>> rows = new ArrayList<>();
		for (BusinessCase.Lever lever : input.levers()) {
			String what = lever.kind().equals("cost") ? "saving" : "uplift";
			List<String> row = new ArrayList<>(List.of(report.input().label(lever.metric()) + " " + what));
			for (int q = 1; q <= quarters; q++) {
				int end = Math.min(3 * q, report.horizonMonths());
				double ramp = lever.rampMonths() <= 0 ? 1 : Math.min(1, end / lever.rampMonths());
				row.add(Money.percent(lever.uplift() * ramp));
			}
			rows.add(row);
		}
		rows.add(sums(report, expected, quarters, "Benefit", m -> m.benefit()));
		rows.add(sums(report, expected, quarters, "Cost", m -> m.cost()));
		rows.add(sums(report, expected, quarters, "Net cash flow", m -> m.net()));
		List<String> cumulative = new ArrayList<>(List.of("Cumulative cash"));
		for (int q = 1; q <= quarters; q++) {
			cumulative.add(Money.compact(expected.monthly().get(Math.min(3 * q, report.horizonMonths())).cumulative()));
		}
		rows.add(cumulative);
		return new QuarterlyKpis(header, rows);
	}

	private static List<String> sums(BusinessCaseReport report, ScenarioResult scenario, int quarters, String label,
			java.util.function.ToDoubleFunction<ScenarioResult.Month> value) {
		List<String> row = new ArrayList<>(List.of(label));
		for (int q = 1; q <= quarters; q++) {
			int first = q == 1 ? 0 : 3 * q - 2;
			int last = Math.min(3 * q, report.horizonMonths());
			row.add(Money.compact(scenario.monthly().subList(first, last + 1).stream().mapToDouble(value).sum()));
		}
		return row;
	}
}
