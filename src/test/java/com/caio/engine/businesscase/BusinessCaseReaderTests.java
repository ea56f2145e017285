package com.caio.engine.businesscase;

import static com.caio.engine.businesscase.BusinessCaseFixtures.exampleWith;
import static com.caio.engine.businesscase.BusinessCaseFixtures.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;

/** Reading a business case, and refusing bad input with the field path at fault. */
class BusinessCaseReaderTests {

	@Test
	void readsTheExample() {
		BusinessCase c = BusinessCaseFixtures.example();
		assertThat(c.currency()).isEqualTo("EUR");
		assertThat(c.horizonMonths()).isEqualTo(24);
		assertThat(c.discountRate()).isEqualTo(0.10);
		assertThat(c.baseline()).extracting(BusinessCase.BaselineMetric::name)
			.containsExactly("dtc_revenue", "retail_media_spend", "content_production_cost");
		assertThat(c.scenarios()).extracting(BusinessCase.Scenario::name)
			.containsExactlyElementsOf(BusinessCase.SCENARIOS);
		assertThat(c.scenario("expected").upfront()).isEqualTo(1_200_000);
		assertThat(c.scenario("expected").monthlyCost()).isEqualTo(85_000);
		assertThat(c.risks()).hasSize(3);
	}

	@Test
	void readsJsonAndDefaultsTheHorizonTo24Months() {
		String json = """
				{"currency": "USD", "discountRate": 0.08,
				 "baseline": [{"name": "sales", "monthlyValue": 1000, "unit": "USD", "source": "ledger"}],
				 "scenarios": {
				   "conservative": {"levers": [{"metric": "sales", "uplift": 0.01, "margin": 0.5, "source": "s"}]},
				   "expected": {"levers": [{"metric": "sales", "uplift": 0.02, "margin": 0.5, "source": "s"}]},
				   "aggressive": {"levers": [{"metric": "sales", "uplift": 0.03, "margin": 0.5, "source": "s"}]}}}
				""";
		BusinessCase c = new BusinessCaseReader().read(json.getBytes(StandardCharsets.UTF_8), "case.json", List.of());
		assertThat(c.horizonMonths()).isEqualTo(24);
		assertThat(c.scenario("expected").levers().get(0).rampMonths()).isZero();
		assertThat(c.scenario("expected").costs()).isEmpty();
	}

	@Test
	void readsTheBaselineFromACsv() {
		BusinessCase c = BusinessCaseFixtures.longHorizon();
		assertThat(c.baseline()).extracting(BusinessCase.BaselineMetric::name)
			.containsExactly("dtc_revenue", "retail_media_spend");
		assertThat(c.metric("dtc_revenue").source()).startsWith("SAP S/4HANA sales ledger, DTC channel");
	}

	@Test
	void aMisspeltScenarioIsNamed() {
		String text = exampleWith("  aggressive:\n", "  aggressiv:\n");
		assertRefused(text, "scenarios.aggressiv",
				"unknown field 'aggressiv'; accepted here: aggressive, conservative, expected");
	}

	@Test
	void aScenarioLeftOutIsReportedAsMissing() {
		String text = """
				currency: EUR
				discountRate: 0.1
				baseline: [{name: sales, monthlyValue: 100, source: ledger}]
				scenarios:
				  conservative: {levers: [{metric: sales, uplift: 0.01, margin: 0.5, source: s}]}
				  expected: {levers: [{metric: sales, uplift: 0.02, margin: 0.5, source: s}]}
				""";
		assertRefused(text, "scenarios.aggressive", "missing; a business case has three scenarios");
	}

	@Test
	void aNegativeHorizonIsRefused() {
		assertRefused(exampleWith("horizonMonths: 24", "horizonMonths: -6"), "horizonMonths",
				"-6 is out of range; expected a whole number of months from 1 to 120");
		assertRefused(exampleWith("horizonMonths: 24", "horizonMonths: 18.5"), "horizonMonths", "not a whole number");
	}

	@Test
	void anUnknownBaselineMetricInALeverIsNamedWithTheKnownOnes() {
		assertRefused(
				exampleWith("      - metric: dtc_revenue\n        uplift: 0.04",
						"      - metric: dtc_sales\n        uplift: 0.04"),
				"scenarios.expected.levers[0].metric",
				"unknown baseline metric 'dtc_sales'; known: dtc_revenue, retail_media_spend, content_production_cost");
	}

	@Test
	void aRateThatIsNotANumberIsRefused() {
		assertRefused(exampleWith("discountRate: 0.10", "discountRate: ten percent"), "discountRate",
				"'ten percent' is not a number; expected an annual rate as a fraction");
		assertRefused(exampleWith("uplift: 0.07", "uplift: 7%"), "scenarios.expected.levers[1].uplift",
				"'7%' is not a number");
	}

	@Test
	void otherMistakesNameTheirField() {
		assertRefused(exampleWith("margin: 0.38", "margin: 1.38"), "scenarios.conservative.levers[0].margin",
				"out of range");
		assertRefused(exampleWith("horizonMonths: 24", "horizon: 24"), "horizon", "unknown field 'horizon'");
		assertRefused(exampleWith("currency: EUR", "currency: euro"), "currency", "ISO 4217");
		assertRefused("currency: EUR\ndiscountRate: [0.1\n", "case.yaml:", "not valid YAML");
	}

	@Test
	void aBadBaselineCsvCellIsNamedByLineAndColumn() {
		String csv = "name,monthly_value,unit,source\nsales,12k,EUR,ledger\n";
		assertThatThrownBy(
				() -> BaselineCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "baseline.csv"))
			.isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo("baseline.csv:2:2"))
			.hasMessageContaining("monthly_value '12k' is not a number");
	}

	@Test
	void aCostReductionAbove100PercentIsImpossibleButARevenueUpliftKeepsItsCeiling() {
		assertRefused(exampleWith("uplift: 0.25", "uplift: 3"), "scenarios.expected.levers[2].uplift",
				"a cost reduction (margin 1.0) of 300% is impossible");
		assertRefused(exampleWith("uplift: 0.25", "uplift: 1.0001"), "scenarios.expected.levers[2].uplift",
				"is impossible");
		assertThat(yaml(exampleWith("uplift: 0.25", "uplift: 1")).scenario("expected").levers().get(2).uplift())
			.isEqualTo(1);
		assertThat(yaml(exampleWith("uplift: 0.04", "uplift: 3")).scenario("expected").levers().get(0).uplift())
			.isEqualTo(3);
	}

	@Test
	void anAliasIsReplacedByWhatItsAnchorHoldsNotByItsName() {
		BusinessCase c = yaml(
				exampleWith("    source: SAP S/4HANA sales ledger, DTC channel, Jan-Dec 2026 monthly average",
						"    source: &ledger SAP S/4HANA sales ledger")
					.replace("    source: Media agency invoices FY2026 (Amazon Ads, Instacart, Walmart Connect)",
							"    source: *ledger"));
		assertThat(c.metric("retail_media_spend").source()).isEqualTo("SAP S/4HANA sales ledger");
		String costs = exampleWith("    costs:\n      - name: Platform licences\n        upfront: 300000",
				"    costs: &costs\n      - name: Platform licences\n        upfront: 300000");
		int expectedCosts = costs.indexOf("    costs:", costs.indexOf("  expected:"));
		int end = costs.indexOf("  aggressive:");
		String shared = costs.substring(0, expectedCosts) + "    costs: *costs\n" + costs.substring(end);
		assertThat(yaml(shared).scenario("expected").upfront()).isEqualTo(1_300_000);
		assertRefused(exampleWith("discountRateSource: Group", "discountRateSource: *nowhere #"),
				"discountRateSource (case.yaml:", "the alias *nowhere has no anchor");
	}

	@Test
	void aliasesThatExpandBeyondTheLimitAreRefusedAtTheirField() {
		StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
		for (int i = 1; i < 9; i++) {
			bomb.append("a").append(i).append(": &a").append(i).append(" [");
			bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
		}
		assertRefused(bomb.toString(), "a", "more than 100000 values once its aliases are expanded");
	}

	@Test
	void aDuplicateKeyIsRefusedWithBothPositions() {
		assertRefused(exampleWith("discountRate: 0.10", "discountRate: 0.10\ndiscountRate: 0.12"), "case.yaml:8:1",
				"duplicate key 'discountRate': first at 7:1, again at 8:1");
		assertRefused(
				exampleWith("        margin: 0.38\n        rampMonths: 6",
						"        margin: 0.38\n        rampMonths: 6\n        margin: 0.5"),
				"case.yaml:", "duplicate key 'scenarios.expected.levers[0].margin': first at");
		String json = "{\"currency\": \"EUR\",\n \"scenarios\": {}, \"currency\": \"USD\"}";
		assertThatThrownBy(
				() -> new BusinessCaseReader().read(json.getBytes(StandardCharsets.UTF_8), "c.json", List.of()))
			.isInstanceOf(BadInputException.class)
			.hasMessage("c.json:2:19: duplicate key 'currency': first at 1:2, again at 2:19; keep one of them");
	}

	@Test
	void numbersBeyondADoubleAreRefusedByField() {
		assertRefused(exampleWith("horizonMonths: 24", "horizonMonths: 1" + "0".repeat(400)),
				"horizonMonths (case.yaml:", "is out of range");
		assertRefused(exampleWith("discountRate: 0.10", "discountRate: 1e400"), "discountRate (case.yaml:",
				"is out of range");
		assertRefused(exampleWith("discountRate: 0.10", "discountRate: .nan"), "discountRate (case.yaml:7:15)",
				"the number .nan is out of range");
		assertRefused(exampleWith("monthlyValue: 4200000", "monthlyValue: '1e400'"), "baseline[0].monthlyValue",
				"out of range");
		assertRefused(exampleWith("monthlyValue: 4200000", "monthlyValue: '0x1p3'"), "baseline[0].monthlyValue",
				"is not a number");
	}

	@Test
	void textThatIsNotUtf8IsRefusedAtItsLineAndByte() {
		byte[] cp1252 = exampleWith("organisation: Northwind Foods (CPG)", "organisation: Caf\u00e9 & Cr\u00e8me")
			.getBytes(java.nio.charset.Charset.forName("windows-1252"));
		assertThatThrownBy(() -> new BusinessCaseReader().read(cp1252, "case.yaml", List.of()))
			.isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo("case.yaml:4:18"))
			.hasMessageContaining("byte 0xE9 at byte offset ");
		byte[] bom = ("\uFEFF" + exampleWith("organisation: Northwind Foods (CPG)", "organisation: Caf\u00e9"))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(new BusinessCaseReader().read(bom, "case.yaml", List.of()).organisation()).isEqualTo("Caf\u00e9");
	}

	@Test
	void anEmptyCaseSaysWhatIsMissing() {
		for (String empty : new String[] { "", "   \n", "# only a comment\n", "\uFEFF" }) {
			assertThatThrownBy(
					() -> new BusinessCaseReader().read(empty.getBytes(StandardCharsets.UTF_8), "case.yaml", List.of()))
				.isInstanceOf(BadInputException.class)
				.hasMessageContaining(
						"the business case is empty; expected a YAML or JSON mapping with at least currency");
		}
	}

	@Test
	void baselineCsvNumbersFollowTheOneGrammar() {
		for (String bad : new String[] { "1e309", "0x1p3", "10d", "5f", "1,000", "NaN", "-5" }) {
			String csv = "name,monthly_value,unit,source\nsales,\"" + bad + "\",EUR,ledger\n";
			assertThatThrownBy(() -> BaselineCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
					"baseline.csv"))
				.as(bad)
				.isInstanceOf(BadInputException.class)
				.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo("baseline.csv:2:2"));
		}
	}

	private static void assertRefused(String text, String where, String message) {
		assertThatThrownBy(() -> yaml(text)).isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).startsWith(where))
			.hasMessageContaining(message);
	}

}
