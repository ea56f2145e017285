package com.caio.engine.upskilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.upskilling.UpskillingReport.ModuleResult;
import com.caio.engine.upskilling.UpskillingReport.Shift;
import org.junit.jupiter.api.Test;

/**
 * The statistics of the shipped example against R 4.2: {@code t.test(post, pre, paired =
 * TRUE)} per module, and {@code lm(hours ~ month)} with {@code predict(se.fit = TRUE)}
 * and {@code pt} for the probability of the target. The R script and its output sit in
 * {@code src/test/resources/upskilling/oracle/}.
 */
class UpskillingOracleTests {

	private static final Path ORACLE = Path.of("src/test/resources/upskilling/oracle/oracle.csv");

	@Test
	void everyModulesPairedIntervalIsRsTTest() throws Exception {
		Map<String, String[]> r = oracle();
		UpskillingReport report = UpskillingFixtures.example();
		for (ModuleResult m : report.modules()) {
			String[] row = r.get("paired," + m.id());
			assertThat(m.pairs()).as(m.id()).isEqualTo(Integer.parseInt(row[2]));
			assertThat(m.meanGain()).as(m.id()).isCloseTo(Double.parseDouble(row[3]), within(1e-9));
			assertThat(m.gainLow()).as(m.id()).isCloseTo(Double.parseDouble(row[4]), within(1e-7));
			assertThat(m.gainHigh()).as(m.id()).isCloseTo(Double.parseDouble(row[5]), within(1e-7));
			assertThat(m.gainT()).as(m.id()).isCloseTo(Double.parseDouble(row[6]), within(1e-7));
			assertThat(m.gainP() / Double.parseDouble(row[7])).as(m.id()).isCloseTo(1, within(1e-4));
		}
	}

	@Test
	void theTrendSlopeAndTheProbabilityOfTheTargetAreRsLm() throws Exception {
		Map<String, String[]> r = oracle();
		Shift s = UpskillingFixtures.example().shift();
		String[] slope = r.get("lm,slope");
		String[] month12 = r.get("lm,month12");
		double baseline = Double.parseDouble(r.get("lm,baseline")[3]);
		assertThat(s.baselineExternalHours()).isCloseTo(baseline, within(1e-9));
		assertThat(s.trendMonths()).isEqualTo(Integer.parseInt(slope[2]));
		assertThat(s.slope()).isCloseTo(Double.parseDouble(slope[3]), within(1e-8));
		assertThat(s.slopeLow()).isCloseTo(Double.parseDouble(slope[4]), within(1e-7));
		assertThat(s.slopeHigh()).isCloseTo(Double.parseDouble(slope[5]), within(1e-7));
		assertThat(s.projectedExternalHours()).isCloseTo(Double.parseDouble(month12[3]), within(1e-7));
		assertThat(s.projectionLow()).isCloseTo(1 - Double.parseDouble(month12[5]) / baseline, within(1e-9));
		assertThat(s.projectionHigh()).isCloseTo(1 - Double.parseDouble(month12[4]) / baseline, within(1e-9));
		assertThat(s.probability()).isCloseTo(Double.parseDouble(month12[7]), within(1e-9));
	}

	private static Map<String, String[]> oracle() throws Exception {
		Map<String, String[]> rows = new HashMap<>();
		List<String> lines = Files.readAllLines(ORACLE);
		for (String line : lines.subList(1, lines.size())) {
			String[] v = line.split(",");
			rows.put(v[0] + "," + v[1], v);
		}
		return rows;
	}

}
