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

	private static void assertRefused(String text, String where, String message) {
		assertThatThrownBy(() -> yaml(text)).isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).startsWith(where))
			.hasMessageContaining(message);
	}

}
