package com.caio.engine.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The KPI reviews of the example against R's {@code t.test(window, baseline)}: the script
 * and its output are committed beside this test
 * ({@code src/test/resources/governance/welch-oracle.R}, {@code welch-oracle.csv}).
 */
class KpiWelchOracleTests {

	@Test
	void everyReviewMatchesRsWelchTest() throws Exception {
		List<String> oracle = Files.readAllLines(Path.of("src/test/resources/governance/welch-oracle.csv"));
		GovernanceReport r = GovernanceFixtures.example();
		assertThat(oracle).hasSize(11);
		for (String line : oracle.subList(1, oracle.size())) {
			String[] f = line.split(",");
			GovernanceReport.Kpi kpi = r.kpis().stream().filter(k -> k.name().equals(f[0])).findFirst().orElseThrow();
			GovernanceReport.Review review = kpi.reviews()
				.stream()
				.filter(v -> v.month() == Integer.parseInt(f[1]))
				.findFirst()
				.orElseThrow();
			String what = f[0] + " at " + f[1] + " months";
			assertThat(review.mean()).as(what + " window mean").isCloseTo(Double.parseDouble(f[2]), within(1e-9));
			assertThat(kpi.baselineMean()).as(what + " baseline mean")
				.isCloseTo(Double.parseDouble(f[3]), within(1e-9));
			assertThat(review.t()).as(what + " t").isCloseTo(Double.parseDouble(f[4]), within(1e-9));
			assertThat(review.df()).as(what + " df").isCloseTo(Double.parseDouble(f[5]), within(1e-8));
			double p = Double.parseDouble(f[6]);
			assertThat(review.pValue()).as(what + " p").isCloseTo(p, within(p * 1e-6));
		}
	}

	@Test
	void welchsTestOnAHandWorkedPairGivesRsFigures() {
		// R 4: t.test(c(12, 15, 11, 14, 13), c(10, 9, 11, 10)) -> t = 3.6742, df =
		// 6.1935,
		// p-value = 0.009832
		KpiAnalysis.Welch w = KpiAnalysis.Welch.of(new double[] { 12, 15, 11, 14, 13 }, new double[] { 10, 9, 11, 10 });
		assertThat(w.t()).isCloseTo(3.6742, within(5e-5));
		assertThat(w.df()).isCloseTo(6.1935, within(5e-5));
		assertThat(w.p()).isCloseTo(0.009832, within(5e-7));
	}

}
