package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every threshold of the maturity rules compares as a person reads the number: a score
 * exactly on a band's minimum reaches the band, whatever binary rounding does to the
 * weighted mean, and a score just below it does not.
 */
class MaturityThresholdTests {

	private static RuleSet rules;

	private static QuestionCatalogue catalogue;

	@BeforeAll
	static void shippedRules() {
		RuleRuntime runtime = new RuleRuntime(Path.of("rules"), List.of(new QuestionCatalogueParser()));
		assertThat(runtime.reload().messages()).isEmpty();
		rules = runtime.current();
		catalogue = rules.data(QuestionCatalogue.class);
	}

	/** Band minimum and level of every row of levels.drl.csv, read from the table. */
	private static List<double[]> bands() throws IOException {
		List<double[]> bands = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("rules/maturity/levels.drl.csv"))) {
			if (line.startsWith("MAT-LVL-BAND-")) {
				String[] cells = line.split(",");
				bands.add(new double[] { Double.parseDouble(cells[1]), Integer.parseInt(cells[2]) });
			}
		}
		assertThat(bands).hasSizeGreaterThanOrEqualTo(5);
		return bands;
	}

	@Test
	void everyDimensionAndTheOverallScoreExactlyOnABandMinimumReachTheBand() throws Exception {
		for (double[] band : bands()) {
			double min = band[0];
			if (min <= 1) {
				continue; // the lowest band starts below any possible score
			}
			// 10 respondents whose answers to every question sum to 10 x min: every
			// question averages exactly the minimum
			MaturityReport report = score(survey(10, (int) Math.round(10 * min)));
			for (MaturityReport.DimensionResult d : report.dimensions()) {
				assertThat(d.level()).as("%s scored %s on the band minimum %s", d.dimension(), d.score(), min)
					.isEqualTo(expected(d.dimension(), (int) band[1], min));
			}
			assertThat(report.overall().level()).as("overall %s", report.overall().score()).isEqualTo((int) band[1]);

			MaturityReport below = score(survey(10, (int) Math.round(10 * min) - 1));
			for (MaturityReport.DimensionResult d : below.dimensions()) {
				assertThat(d.level()).as("%s scored %s just below %s", d.dimension(), d.score(), min)
					.isEqualTo(expected(d.dimension(), (int) band[1] - 1, min - 0.1));
			}
			assertThat(below.overall().level()).isEqualTo((int) band[1] - 1);
		}
	}

	/**
	 * The band's level, lowered by the cap of a critical question (caps.drl) when every
	 * question averages below 3.
	 */
	private static int expected(String dimension, int level, double mean) {
		int cap = mean >= 3 ? 5 : switch (dimension) {
			case "governance", "model_lifecycle" -> 2;
			case "data_readiness" -> 3;
			default -> 5;
		};
		return Math.min(level, cap);
	}

	@Test
	void aDimensionWhoseQuestionsAllAverage3point4IsManaged() throws Exception {
		MaturityReport report = score(survey(5, 17));
		assertThat(report.dimensions()).allSatisfy(d -> {
			assertThat(d.level()).as(d.dimension() + " " + d.score()).isEqualTo(4);
			assertThat(d.levelName()).isEqualTo("Managed");
		});
	}

	@Test
	void aCriticalQuestionOnTheCapMeanIsNotCappedAndJustBelowIs() {
		// GOV-01 fails below a mean of 3 (the policy's critical-question-mean)
		assertThat(capped(3.0 + 4e-16)).isFalse();
		assertThat(capped(3.0 - 4e-16)).as("3 - 4e-16 reads as 3").isFalse();
		assertThat(capped(2.99)).isTrue();
	}

	@Test
	void disagreementOnTheStandardDeviationEdgeIsFlaggedAndJustBelowIsNot() {
		assertThat(disagreement(1.2 - 2.3e-16, 5)).isTrue();
		assertThat(disagreement(1.2, 5)).isTrue();
		assertThat(disagreement(1.19, 5)).isFalse();
		assertThat(disagreement(1.5, 4)).as("fewer answers than the policy asks").isFalse();
	}

	@Test
	void aSegmentExactlyOnePointFromTheOrganisationIsFlaggedAndJustUnderIsNot() {
		// 3.4 - 2.4 is 0.9999999999999998 in binary
		assertThat(segmentGap(3.4, 2.4)).isTrue();
		assertThat(segmentGap(3.4, 2.41)).isFalse();
	}

	@Test
	void confidenceNeedsThePolicysRespondentCount() {
		assertThat(lowConfidence(4)).isTrue();
		assertThat(lowConfidence(5)).isFalse();
	}

	private static boolean capped(double gov01Mean) {
		List<Object> facts = List.of(new QuestionScore("all", "GOV-01", "governance", 2, 10, 0, gov01Mean, 1));
		return run(facts).stream().anyMatch(f -> f instanceof LevelCap);
	}

	private static boolean disagreement(double sd, long answered) {
		List<Object> facts = List.of(new QuestionScore("all", "TOO-01", "tooling", 1, answered, 0, 3, sd));
		return run(facts).stream().anyMatch(f -> f instanceof Finding x && x.ruleId().equals("MAT-DIS-001"));
	}

	private static boolean segmentGap(double organisation, double segment) {
		List<Object> facts = List.of(new Segment("department:Data", "department", "Data", 3),
				new DimensionScore("department:Data", "tooling", segment, 3),
				new DimensionScore("all", "tooling", organisation, 10),
				new QuestionScore("department:Data", "TOO-01", "tooling", 1, 3, 0, segment, 0));
		return run(facts).stream().anyMatch(f -> f instanceof Finding x && x.ruleId().equals("MAT-DIS-002"));
	}

	private static boolean lowConfidence(long respondents) {
		List<Object> facts = List.of(new DimensionCoverage("all", "skills", respondents, List.of("SKL-01")));
		return run(facts).stream().anyMatch(f -> f instanceof Finding x && x.ruleId().equals("MAT-CONF-001"));
	}

	private static List<Object> run(List<Object> facts) {
		return new ArrayList<>(rules.evaluate("maturity", facts).all(Object.class));
	}

	/**
	 * {@code respondents} answering every question so that its scored answers sum to
	 * {@code sum} (reverse questions are written 6 - x so that they score x).
	 */
	private static byte[] survey(int respondents, int sum) {
		StringBuilder csv = new StringBuilder("respondent_id");
		for (int q = 0; q < catalogue.size(); q++) {
			csv.append(',').append(catalogue.get(q).id());
		}
		int base = sum / respondents;
		int extra = sum % respondents;
		for (int r = 0; r < respondents; r++) {
			int scored = base + (r < extra ? 1 : 0);
			csv.append("\nR").append(r);
			for (int q = 0; q < catalogue.size(); q++) {
				csv.append(',').append(catalogue.get(q).reverse() ? 6 - scored : scored);
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static MaturityReport score(byte[] csv) throws CsvFormatException {
		try (InputStream in = new ByteArrayInputStream(csv)) {
			return new MaturityScorer().score(rules, new SurveyReader(catalogue).read(in));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
