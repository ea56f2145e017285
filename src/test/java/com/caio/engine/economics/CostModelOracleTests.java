package com.caio.engine.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cost arithmetic of the shipped example against a LibreOffice Calc sheet of the same
 * formulas (src/test/resources/economics/oracle/README.md), to a relative 1e-9.
 */
class CostModelOracleTests {

	private static final Path VALUES = Path.of("src/test/resources/economics/oracle/economics-example-values.csv");

	private static final Map<String, Double> sheet = new HashMap<>();

	private static final Map<Integer, double[]> months = new HashMap<>();

	private final CostModel model = CostModel.of(EconomicsFixtures.example());

	private final CostComparison comparison = CostComparison.of(model);

	@BeforeAll
	static void readTheSheet() throws IOException {
		List<String> lines = Files.readAllLines(VALUES);
		boolean inMonths = false;
		for (String line : lines) {
			String[] cells = line.replace("\"", "").split(",", -1);
			if (cells[0].equals("month")) {
				inMonths = true;
				continue;
			}
			if (cells[0].isEmpty()) {
				inMonths = false;
				continue;
			}
			if (inMonths) {
				months.put(Integer.parseInt(cells[0]),
						new double[] { Double.parseDouble(cells[2]), Double.parseDouble(cells[5]) });
			}
			else if (!cells[1].isEmpty() && !cells[0].equals("name")) {
				sheet.put(cells[0], Double.parseDouble(cells[1]));
			}
		}
	}

	@Test
	void theMonthlyCostCurvesMatchTheSheetMonthByMonth() {
		assertThat(months).hasSize(36);
		for (CostComparison.MonthCost m : comparison.monthly()) {
			close(m.fractional(), months.get(m.month())[0], "fractional month " + m.month());
			close(m.fullTime(), months.get(m.month())[1], "full-time month " + m.month());
		}
	}

	@Test
	void theAnnualisedCostsTotalsAndSavingsMatchTheSheet() {
		close(model.monthlyFee(), sheet.get("monthlyFee"), "monthlyFee");
		close(comparison.fractionalMonthly(), sheet.get("fractionalMonthly"), "fractionalMonthly");
		close(comparison.fullTimeLoadedAnnual(), sheet.get("fullTimeLoadedAnnual"), "fullTimeLoadedAnnual");
		close(comparison.fractionalYear1(), sheet.get("fractionalYear1"), "fractionalYear1");
		close(comparison.fullTimeYear1(), sheet.get("fullTimeYear1"), "fullTimeYear1");
		close(comparison.fractionalSteadyState(), sheet.get("fractionalSteadyState"), "fractionalSteadyState");
		close(comparison.fullTimeSteadyState(), sheet.get("fullTimeSteadyState"), "fullTimeSteadyState");
		close(comparison.fractionalThreeYear(), sheet.get("fractionalThreeYear"), "fractionalThreeYear");
		close(comparison.fullTimeThreeYear(), sheet.get("fullTimeThreeYear"), "fullTimeThreeYear");
		close(comparison.savingYear1Pct(), sheet.get("savingYear1Pct"), "savingYear1Pct");
		close(comparison.savingSteadyStatePct(), sheet.get("savingSteadyStatePct"), "savingSteadyStatePct");
		close(comparison.savingThreeYearPct(), sheet.get("savingThreeYearPct"), "savingThreeYearPct");
	}

	@Test
	void timeToValueAvoidedWasteAndBreakEvenMatchTheSheet() {
		TimeToValue ttv = TimeToValue.of(model);
		close(ttv.fractionalMonths(), sheet.get("fractionalTimeToValue"), "fractionalTimeToValue");
		close(ttv.fullTimeMonths(), sheet.get("fullTimeTimeToValue"), "fullTimeTimeToValue");
		AvoidedWaste waste = AvoidedWaste.of(model);
		close(waste.perYear(), sheet.get("avoidedWastePerYear"), "avoidedWastePerYear");
		close(waste.threeYear(), sheet.get("avoidedWasteThreeYear"), "avoidedWasteThreeYear");
		BreakEven breakEven = BreakEven.of(model, 50);
		close(breakEven.fee(), sheet.get("breakEvenFee"), "breakEvenFee");
		close(breakEven.hoursPerMonth(), sheet.get("breakEvenHoursPerMonth"), "breakEvenHoursPerMonth");
	}

	@Test
	void atTheBreakEvenHoursTheSavingIsExactlyTheTarget() {
		double hours = BreakEven.of(model, 50).hoursPerMonth();
		assertThat(model.with("fractional.hoursPerMonth", hours).savingThreeYearPct()).isCloseTo(50, within(1e-9));
	}

	@Test
	void aDayRateBreakEvenGivesTheSavingTargetAtTheRateAndAtTheDays() {
		CostModel dayRate = CostModel.of(EconomicsFixtures.read(dayRateTree()));
		BreakEven b = BreakEven.of(dayRate, 50);
		assertThat(dayRate.with("fractional.dayRate", b.dayRate()).savingThreeYearPct()).isCloseTo(50, within(1e-9));
		assertThat(dayRate.with("fractional.daysPerMonth", b.daysPerMonth()).savingThreeYearPct()).isCloseTo(50,
				within(1e-9));
	}

	@Test
	void theSensitivityMovesEachFigureTwentyPercentAndRanksBySwing() {
		List<SavingSensitivity.Row> rows = SavingSensitivity.of(model, EconomicsFixtures.example().figures());
		assertThat(rows).isSortedAccordingTo((a, b) -> Double.compare(b.swingPp(), a.swingPp()));
		SavingSensitivity.Row base = rows.stream()
			.filter(r -> r.path().equals("fullTime.baseSalary"))
			.findFirst()
			.orElseThrow();
		assertThat(base.lowValue()).isEqualTo(320000);
		assertThat(base.savingAtLowPct()).isCloseTo(model.with("fullTime.baseSalary", 320000).savingThreeYearPct(),
				within(1e-12));
		assertThat(rows).extracting(SavingSensitivity.Row::path)
			.doesNotContain("fractional.rampMonths", "avoidedWaste.projectsPerYear", "fractional.termMonths");
	}

	private static tools.jackson.databind.node.ObjectNode dayRateTree() {
		var tree = EconomicsFixtures.tree();
		var fractional = (tools.jackson.databind.node.ObjectNode) tree.get("fractional");
		fractional.remove(List.of("monthlyRetainer", "includedHours", "overageRate"));
		fractional.put("feeModel", "day-rate");
		fractional.putObject("dayRate").put("value", 3000).put("source", "rate card");
		fractional.putObject("daysPerMonth").put("value", 7.67).put("source", "2 days a week x 46 weeks / 12");
		return tree;
	}

	private static void close(double actual, double expected, String what) {
		assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
	}

}
