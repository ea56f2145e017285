package com.caio.engine.businesscase;

import com.caio.engine.ShippedRules;

import static com.caio.engine.businesscase.BusinessCaseFixtures.exampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules in rules/businesscase/, compiled by the production loader, judging
 * real cases.
 */
class BusinessCaseRulesTests {

	private static RuleSet rules;

	private final BusinessCaseAssessor assessor = new BusinessCaseAssessor();

	@BeforeAll
	static void compileTheShippedRules() {
		rules = ShippedRules.get();
	}

	@Test
	void theExampleIsBoardReadyWithoutFindings() {
		BusinessCaseReport report = assess(BusinessCaseFixtures.example());
		assertThat(report.findings()).isEmpty();
		assertThat(report.boardReady()).isTrue();
		assertThat(report.scenario("expected").paybackMonths()).isLessThan(12);
	}

	@Test
	void aPaybackBeyond12MonthsWithoutARationaleBlocks() {
		BusinessCase longCase = BusinessCaseFixtures.longHorizon();
		BusinessCase withoutRationale = new BusinessCase(longCase.name(), longCase.organisation(), longCase.currency(),
				longCase.horizonMonths(), longCase.discountRate(), longCase.discountRateSource(), longCase.ask(), null,
				longCase.baseline(), longCase.scenarios(), longCase.risks());
		BusinessCaseReport report = assess(withoutRationale);
		assertThat(report.boardReady()).isFalse();
		assertThat(report.blocking()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("BC-PAY-001");
			assertThat(f.message()).contains("pays back in 23.7 months, beyond 12").contains("longerHorizonRationale");
		});
	}

	@Test
	void aCaseThatNeverPaysBackIsBlockedWithoutARationale() {
		// a tenth of every expected uplift: the benefit never covers the monthly cost
		BusinessCase c = BusinessCaseFixtures.example();
		BusinessCase.Scenario expected = c.scenario("expected");
		BusinessCase weak = c
			.with(expected.withLevers(expected.levers().stream().map(l -> l.withUplift(l.uplift() / 10)).toList()));
		BusinessCaseReport report = assess(weak);
		assertThat(report.scenario("expected").paybackMonths()).isNull();
		assertThat(report.findings()).extracting(BusinessCaseReport.CaseFinding::ruleId)
			.containsExactly("BC-PAY-001", "BC-ORD-001");
		assertThat(report.blocking()).singleElement()
			.satisfies(f -> assertThat(f.message()).contains("does not pay back within the 24-month horizon"));
	}

	@Test
	void anExpectedScenarioWorthMoreThanTheAggressiveOneIsOutOfOrder() {
		BusinessCase c = BusinessCaseFixtures.example();
		BusinessCase.Scenario aggressive = c.scenario("aggressive");
		BusinessCase swapped = c.with(aggressive.withCosts(aggressive.costs()
			.stream()
			.map(k -> k.withUpfront(k.upfront() * 4).withMonthly(k.monthly() * 4))
			.toList()));
		assertThat(assess(swapped).findings()).extracting(BusinessCaseReport.CaseFinding::ruleId)
			.containsExactly("BC-ORD-002");
	}

	@Test
	void aPaybackBeyond12MonthsWithARationaleIsReportedButDoesNotBlock() {
		BusinessCaseReport report = assess(BusinessCaseFixtures.longHorizon());
		assertThat(report.boardReady()).isTrue();
		assertThat(report.findings()).extracting(BusinessCaseReport.CaseFinding::ruleId).contains("BC-PAY-002");
		assertThat(report.blocking()).isEmpty();
	}

	@Test
	void anAssumptionWithoutASourceIsUntraceableAndBlocks() {
		String text = exampleWith("        source: Vendor pilot on one brand, Q3 2026, point estimate\n", "");
		BusinessCaseReport report = assess(BusinessCaseFixtures.yaml(text));
		assertThat(report.boardReady()).isFalse();
		assertThat(report.blocking()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("BC-TRACE-001");
			assertThat(f.subject()).isEqualTo("scenarios.expected.levers[1]");
			assertThat(f.message()).contains("Uplift on retail_media_spend").contains("has no source");
		});
		assertThat(report.assumptions()).filteredOn(a -> a.path().equals("scenarios.expected.levers[1]"))
			.singleElement()
			.satisfies(a -> assertThat(a.source()).isNull());
	}

	@Test
	void aMissingDiscountRateSourceIsAlsoUntraceable() {
		String text = exampleWith("discountRateSource: Group treasury hurdle rate memo, January 2027 (10% WACC)\n", "");
		assertThat(assess(BusinessCaseFixtures.yaml(text)).blocking())
			.extracting(BusinessCaseReport.CaseFinding::subject)
			.containsExactly("discountRate");
	}

	@Test
	void anUpliftAboveItsCeilingIsFlaggedWithoutBlocking() {
		// the expected revenue ceiling is 8% (BC-CEIL-002); 4% raised to 9%
		String text = exampleWith("        uplift: 0.04\n", "        uplift: 0.09\n");
		BusinessCaseReport report = assess(BusinessCaseFixtures.yaml(text));
		assertThat(report.findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("BC-PLAUS-001");
			assertThat(f.severity()).isEqualTo("warning");
			assertThat(f.subject()).isEqualTo("scenarios.expected.levers[0]");
			assertThat(f.message()).contains("9.0%").contains("8.0%").contains("BC-CEIL-002");
		});
		assertThat(report.boardReady()).isTrue();
	}

	@Test
	void anUpliftAtItsCeilingIsNotFlagged() {
		String text = exampleWith("        uplift: 0.04\n", "        uplift: 0.08\n");
		assertThat(assess(BusinessCaseFixtures.yaml(text)).findings()).isEmpty();
	}

	@Test
	void aConservativeScenarioAboveTheExpectedOneIsOutOfOrder() {
		// the conservative scenario given the expected levers at half the expected costs
		BusinessCase c = BusinessCaseFixtures.example();
		BusinessCase.Scenario expected = c.scenario("expected");
		BusinessCase swapped = c.with(new BusinessCase.Scenario("conservative", expected.levers(),
				expected.costs()
					.stream()
					.map(k -> k.withUpfront(k.upfront() / 2).withMonthly(k.monthly() / 2))
					.toList()));
		BusinessCaseReport report = assess(swapped);
		assertThat(report.scenario("conservative").npv()).isGreaterThan(report.scenario("expected").npv());
		assertThat(report.findings()).extracting(BusinessCaseReport.CaseFinding::ruleId)
			.contains("BC-ORD-001")
			.doesNotContain("BC-ORD-002");
		assertThat(report.boardReady()).as("out of order is flagged, not blocking").isTrue();
	}

	private BusinessCaseReport assess(BusinessCase input) {
		return assessor.assess(rules, input);
	}

}
