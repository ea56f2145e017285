package com.caio.engine.businesscase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The projections of the shipped examples against a spreadsheet that computes the same
 * cash flows from the formulas in docs/businesscase.md with its own NPV() and IRR(). The
 * sheets are in src/test/resources/businesscase/oracle/ (evaluated with LibreOffice Calc
 * 7.4 headless; see README.md there).
 */
class ProjectionTests {

	@Test
	void expectedScenarioOfTheExampleMatchesTheSpreadsheet() {
		// oracle/business-case-expected.csv: =D2+NPV((1+0.1)^(1/12)-1,D3:D26),
		// =IRR(D2:D26),
		// =(1+IRR(D2:D26))^12-1, =(SUM(B)-SUM(C))/SUM(C), payback =MIN of the
		// interpolated crossing column
		BusinessCase c = BusinessCaseFixtures.example();
		ScenarioResult r = Projection.project(c, c.scenario("expected"));
		assertThat(r.npv()).isCloseTo(2130453.48879699, within(1e-6));
		assertThat(r.irrMonthly()).isCloseTo(0.0999050098607802, within(1e-10));
		assertThat(r.irr()).isCloseTo(2.13517770548096, within(1e-8));
		assertThat(r.roi()).isCloseTo(0.773938271604938, within(1e-12));
		assertThat(r.paybackMonths()).isCloseTo(9.3650052527139, within(1e-10));
		assertThat(r.totalBenefit()).isCloseTo(5747560, within(1e-6));
		assertThat(r.totalCost()).isCloseTo(3240000, within(1e-6));
		assertThat(r.monthly()).hasSize(25);
		assertThat(r.monthly().get(0)).isEqualTo(new ScenarioResult.Month(0, 0, 1200000, -1200000, -1200000));
		// Calc row for month 1: benefit 66056.6666666667, net -18943.3333333333,
		// cumulative -1218943.33333333
		assertThat(r.monthly().get(1).benefit()).isCloseTo(66056.6666666667, within(1e-6));
		assertThat(r.monthly().get(1).cumulative()).isCloseTo(-1218943.33333333, within(1e-5));
		// Calc row for month 24: benefit 256340, cumulative 2507560
		assertThat(r.monthly().get(24).benefit()).isCloseTo(256340, within(1e-6));
		assertThat(r.monthly().get(24).cumulative()).isCloseTo(2507560, within(1e-5));
	}

	@Test
	void longHorizonExampleMatchesTheSpreadsheet() {
		// oracle/business-case-long-horizon-expected.csv, 36 months
		BusinessCase c = BusinessCaseFixtures.longHorizon();
		ScenarioResult r = Projection.project(c, c.scenario("expected"));
		assertThat(r.npv()).isCloseTo(849488.872600955, within(1e-6));
		assertThat(r.irrMonthly()).isCloseTo(0.026617084774903, within(1e-10));
		assertThat(r.irr()).isCloseTo(0.370571981164764, within(1e-8));
		assertThat(r.roi()).isCloseTo(0.341893939393939, within(1e-12));
		assertThat(r.paybackMonths()).isCloseTo(23.6693989071038, within(1e-10));
		assertThat(r.totalBenefit()).isCloseTo(5313900, within(1e-6));
		assertThat(r.totalCost()).isCloseTo(3960000, within(1e-6));
	}

	@Test
	void aRampOfZeroGivesTheFullEffectFromMonthOne() {
		BusinessCase c = BusinessCaseFixtures.example();
		Scenario s = c.scenario("expected");
		Scenario instant = s.withLevers(s.levers().stream().map(l -> l.withRamp(0)).toList());
		assertThat(Projection.benefit(c, instant, 1)).isCloseTo(Projection.benefit(c, s, 24), within(1e-9));
	}

	@Test
	void breakEvenUpliftPaysBackInExactlyTwelveMonths() {
		BusinessCase c = BusinessCaseFixtures.example();
		BreakEven breakEven = BreakEven.of(c, "expected", 12);
		// Calc: (1200000 + 12*85000) / SUM(B3:B14) of oracle/business-case-expected.csv =
		// 2220000 / 2671480
		assertThat(breakEven.factor()).isCloseTo(2220000.0 / 2671480.0, within(1e-12));
		Scenario s = c.scenario("expected");
		List<Lever> scaled = s.levers().stream().map(l -> l.withUplift(l.uplift() * breakEven.factor())).toList();
		assertThat(Projection.payback(c, s.withLevers(scaled))).isCloseTo(12.0, within(1e-9));
		assertThat(breakEven.levers().get(0).breakEvenUplift()).isCloseTo(0.04 * breakEven.factor(), within(1e-12));
	}

	@Test
	void sensitivityIsRankedByNpvSwingAndMovesTheRightWay() {
		BusinessCase c = BusinessCaseFixtures.example();
		Sensitivity sensitivity = Sensitivity.of(c, "expected");
		assertThat(sensitivity.baseNpv()).isCloseTo(2130453.48879699, within(1e-6));
		assertThat(sensitivity.items()).extracting(Sensitivity.Item::npvSwing)
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
		Sensitivity.Item uplift = item(sensitivity, "scenarios.expected.levers[0].uplift");
		assertThat(uplift.npvHigh()).isGreaterThan(sensitivity.baseNpv()).isGreaterThan(uplift.npvLow());
		assertThat(uplift.paybackHigh()).isLessThan(sensitivity.basePaybackMonths());
		// month 0 is undiscounted, so +-20% of a 700,000 upfront cost moves the NPV by
		// exactly 2 x 140,000
		Sensitivity.Item upfront = item(sensitivity, "scenarios.expected.costs[1].upfront");
		assertThat(upfront.npvLow() - upfront.npvHigh()).isCloseTo(280000, within(1e-6));
		assertThat(item(sensitivity, "discountRate").npvHigh()).isLessThan(sensitivity.baseNpv());
		// a cost reduction's margin is 1 by definition and is not varied
		assertThat(sensitivity.items()).extracting(Sensitivity.Item::path)
			.doesNotContain("scenarios.expected.levers[1].margin")
			.contains("scenarios.expected.levers[0].margin", "baseline[0].monthlyValue");
	}

	private static Sensitivity.Item item(Sensitivity sensitivity, String path) {
		return sensitivity.items().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
	}

}
