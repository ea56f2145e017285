package com.caio.engine.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The business-case thresholds on their edges, and a case that loses money is never
 * board-ready, whatever its payback.
 */
class BusinessCaseThresholdTests {

	private static RuleSet rules;

	@BeforeAll
	static void compileTheShippedRules() {
		RuleRuntime runtime = new RuleRuntime(java.nio.file.Path.of("rules"), List.of());
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		rules = runtime.current();
	}

	private static BusinessCaseReport assess(BusinessCase c) {
		return new BusinessCaseAssessor().assess(rules, c);
	}

	private static BusinessCase expected(BusinessCase c, UnaryOperator<BusinessCase.Cost> change) {
		BusinessCase.Scenario s = c.scenario("expected");
		return c.with(s.withCosts(s.costs().stream().map(change).toList()));
	}

	@Test
	void aCaseWithoutUpfrontCostThatLosesMoneyIsNotBoardReady() {
		// no upfront cost: payback is month 0, yet the monthly cost exceeds the benefit
		BusinessCase c = expected(BusinessCaseFixtures.example(), k -> k.withUpfront(0).withMonthly(k.monthly() * 20));
		BusinessCaseReport report = assess(c);
		assertThat(report.scenario("expected").paybackMonths()).isEqualTo(0.0);
		assertThat(report.scenario("expected").npv()).isNegative();
		assertThat(report.boardReady()).isFalse();
		assertThat(report.blocking()).extracting(BusinessCaseReport.CaseFinding::ruleId)
			.contains("BC-LOSS-001", "BC-LOSS-002");
		assertThat(report.blocking()).filteredOn(f -> f.ruleId().equals("BC-LOSS-001"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("loses money", "NPV is -"));
	}

	@Test
	void theLossRulesFireOnTheirEdgesOnly() {
		assertThat(loss(-0.01, true)).containsExactly("BC-LOSS-001");
		assertThat(loss(-1e-12, true)).as("an NPV of -1e-12 reads as 0").isEmpty();
		assertThat(loss(0, true)).isEmpty();
		assertThat(loss(0, false)).containsExactly("BC-LOSS-002");
		assertThat(loss(1000, false)).containsExactly("BC-LOSS-002");
	}

	@Test
	void aPaybackOnTheTargetMeetsItAndJustAboveDoesNot() {
		assertThat(payback(12.0)).isEmpty();
		assertThat(payback(12.000000000000002)).as("binary noise above 12 reads as 12").isEmpty();
		assertThat(payback(12.01)).containsExactly("BC-PAY-001");
		assertThat(payback(11.99)).isEmpty();
	}

	@Test
	void anUpliftOnItsCeilingIsNotFlaggedAndJustAboveIs() {
		// every row of plausibility-ceilings.drl.csv, both sides
		String[][] ceilings = { { "conservative", "revenue", "0.05" }, { "expected", "revenue", "0.08" },
				{ "aggressive", "revenue", "0.15" }, { "conservative", "cost", "0.20" }, { "expected", "cost", "0.30" },
				{ "aggressive", "cost", "0.45" } };
		for (String[] row : ceilings) {
			double ceiling = Double.parseDouble(row[2]);
			assertThat(flagged(row[0], row[1], ceiling)).as(String.join(" ", row)).isFalse();
			assertThat(flagged(row[0], row[1], ceiling * (1 + 1e-15))).as(String.join(" ", row) + " + noise").isFalse();
			assertThat(flagged(row[0], row[1], ceiling + 0.001)).as(String.join(" ", row) + " + 0.1pp").isTrue();
		}
	}

	private static List<String> loss(double npv, boolean positive) {
		return ids(List.of(new ScenarioFigures("expected", npv, null, 0.0, 1, positive)), "BC-LOSS");
	}

	private static List<String> payback(double months) {
		return ids(
				List.of(new CaseHeader("c", 24, null), new ScenarioFigures("expected", 1000, 1.0, months, 2000, true)),
				"BC-PAY");
	}

	private static boolean flagged(String scenario, String kind, double uplift) {
		return !ids(List.of(new LeverAssumption(scenario, "m", kind, uplift, "scenarios." + scenario + ".levers[0]")),
				"BC-PLAUS")
			.isEmpty();
	}

	private static List<String> ids(List<Object> facts, String prefix) {
		return rules.evaluate("businesscase", facts)
			.findings()
			.stream()
			.map(Finding::ruleId)
			.filter(id -> id.startsWith(prefix))
			.sorted()
			.toList();
	}

}
