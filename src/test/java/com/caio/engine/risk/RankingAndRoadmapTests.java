package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Ranking, heatmap and roadmap arithmetic, with the example register as the worked case.
 */
class RankingAndRoadmapTests {

	@Test
	void ranksByScoreThenImpactThenLikelihoodThenId() throws Exception {
		RiskReport report = RiskFixtures.rank("B,a,c,o,4,3,,,,,,", "A,b,c,o,3,4,,,,,,", "C,c,c,o,2,5,,,,,,",
				"D,d,c,o,3,4,,,,,,", "E,e,c,o,5,5,,,,,,", "F,f,c,o,1,1,,,,,,");
		assertThat(report.risks()).extracting(RiskReport.RankedRisk::id).containsExactly("E", "A", "D", "B", "C", "F");
		assertThat(report.risks()).extracting(RiskReport.RankedRisk::rank).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(report.top5()).containsExactly("E", "A", "D", "B", "C");
	}

	@Test
	void theHeatmapCountsEachCellWithItsIdsInRankOrder() throws Exception {
		RiskReport report = RiskFixtures.rank("B,a,c,o,4,3,,,,,,", "A,b,c,o,4,3,,,,,,", "C,c,c,o,1,2,,,,,,");
		assertThat(report.heatmap().cells()).hasSize(25);
		RiskReport.Cell cell = report.heatmap().cell(4, 3);
		assertThat(cell.count()).isEqualTo(2);
		assertThat(cell.riskIds()).containsExactly("A", "B");
		assertThat(cell.score()).isEqualTo(12);
		assertThat(cell.band()).isEqualTo("High");
		assertThat(report.heatmap().cell(1, 2).riskIds()).containsExactly("C");
		assertThat(report.heatmap().cells().stream().mapToInt(RiskReport.Cell::count).sum()).isEqualTo(3);
	}

	@Test
	void prioritisesByReductionPerCostThenReductionAndPutsUncostedLast() throws Exception {
		// reductions: P 16-8=8 for 4000 (0.002), Q 12-6=6 for 3000 (0.002, tie -> smaller
		// reduction second),
		// R 9-3=6 for 1000 (0.006), S 20-5=15 without cost, T 6-2=4 free (cost 0)
		RiskReport report = RiskFixtures.rank("P,a,c,o,4,4,x,4000,2,4,2027-02-01,k",
				"Q,b,c,o,3,4,x,3000,3,2,2027-02-15,k", "R,c,c,o,3,3,x,1000,1,3,2027-01-31,k",
				"S,d,c,o,4,5,x,,1,5,2027-05-31,k", "T,e,c,o,3,2,x,0,1,2,,k");
		assertThat(report.remediation()).extracting(RiskReport.Action::riskId).containsExactly("T", "R", "P", "Q", "S");
		assertThat(report.remediation()).extracting(RiskReport.Action::reduction).containsExactly(4, 6, 8, 6, 15);
		assertThat(report.remediation()).extracting(RiskReport.Action::priority).containsExactly(1, 2, 3, 4, 5);
		assertThat(report.remediation().get(1).reductionPerCost()).isCloseTo(0.006, within(1e-12));
		assertThat(report.timeline()).extracting(RiskReport.Month::month)
			.containsExactly("2027-01", "2027-02", "2027-05", "unscheduled");
		assertThat(report.timeline().get(1).riskIds()).containsExactly("P", "Q");
	}

	@Test
	void theExampleRegisterProjectsItsTotalRiskReduction() throws Exception {
		RiskReport report;
		try (InputStream in = Files.newInputStream(Path.of("examples/risk-register.csv"))) {
			report = new RiskCapability(id -> java.util.Optional.empty())
				.assess(new RiskInput(new RegisterReader().read(in), List.of(), null), RiskFixtures.shippedRules());
		}
		// Oracle: an independent Python csv.DictReader script over
		// examples/risk-register.csv (kept in
		// the commit message) summing likelihood x impact of the 18 valid rows, and of
		// the mitigated
		// ratings where a mitigation is planned: 191 and 119, (191 - 119) / 191 = 37.70
		// %.
		assertThat(report.totalInherent()).isEqualTo(191);
		assertThat(report.totalMitigated()).isEqualTo(119);
		assertThat(report.reductionPercent()).isEqualTo(37.70);
		assertThat(report.top5()).containsExactly("R-01", "R-02", "R-03", "R-04", "R-07");
		// Same oracle, sorted by reduction / cost desc then reduction desc, uncosted
		// last.
		assertThat(report.remediation()).extracting(RiskReport.Action::riskId)
			.containsExactly("R-14", "R-11", "R-05", "R-18", "R-02", "R-01", "R-09", "R-12", "R-04", "R-06", "R-08",
					"R-03", "R-16", "R-10", "R-13");
	}

	@Test
	void anEmptyRegisterGivesAnEmptyButCompleteReport() throws Exception {
		RiskReport report = RiskFixtures.rank();
		assertThat(report.risks()).isEmpty();
		assertThat(report.top5()).isEmpty();
		assertThat(report.heatmap().cells()).hasSize(25).allMatch(c -> c.count() == 0);
		assertThat(report.remediation()).isEmpty();
		assertThat(report.totalInherent()).isZero();
		assertThat(report.reductionPercent()).isZero();
	}

}
