package com.caio.engine.maturity;

import com.caio.engine.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores computed by the shipped rules, checked against an independent computation. */
class MaturityScoringTests {

	static RuleSet rules;

	static QuestionCatalogue catalogue;

	@BeforeAll
	static void shippedRules() {
		rules = ShippedRules.get();
		catalogue = rules.data(QuestionCatalogue.class);
	}

	@Test
	void exampleSurveyMatchesTheIndependentOracle() throws Exception {
		MaturityReport report = score(Files.readAllBytes(Path.of("examples/survey-wide.csv")));

		// python3 src/test/oracle/maturity_scores.py rules/maturity/questions.csv
		// examples/survey-wide.csv
		assertThat(report.respondents()).isEqualTo(40);
		Map<String, Double> dims = dimensionScores(report);
		assertThat(dims.get("governance")).isCloseTo(2.5169543169543176, within(1e-12));
		assertThat(dims.get("data_readiness")).isCloseTo(2.949504504504504, within(1e-12));
		assertThat(dims.get("model_lifecycle")).isCloseTo(2.3447167601037573, within(1e-12));
		assertThat(dims.get("tooling")).isCloseTo(2.9299097736344697, within(1e-12));
		assertThat(dims.get("skills")).isCloseTo(3.056868562739008, within(1e-12));
		assertThat(report.overall().score()).isCloseTo(2.7595907835872113, within(1e-12));
		MaturityReport.QuestionResult gov01 = question(report, "GOV-01");
		assertThat(gov01.mean()).isCloseTo(2.2051282051282053, within(1e-12));
		assertThat(gov01.sd()).isCloseTo(0.7319579790745533, within(1e-12));
		// DAT-06 is reverse-worded: the oracle scores it 6 - x as well
		assertThat(question(report, "DAT-06").mean()).isCloseTo(2.95, within(1e-12));
		MaturityReport.SegmentResult finance = report.segments()
			.stream()
			.filter(s -> s.segment().equals("department:Finance"))
			.findFirst()
			.orElseThrow();
		assertThat(finance.overall().score()).isCloseTo(2.26265811965812, within(1e-12));
		assertThat(report.rejectedRows()).extracting(RejectedRow::line).containsExactly(42L, 43L, 44L);
	}

	@Test
	void levelsFollowTheBands() throws Exception {
		MaturityReport report = score(Files.readAllBytes(Path.of("examples/survey-wide.csv")));
		assertThat(report.overall().level()).isEqualTo(3);
		assertThat(report.overall().levelName()).isEqualTo("Defined");
		assertThat(report.overall().rules()).containsExactly("MAT-LVL-BAND-3 Defined from 2.6");
		MaturityReport.DimensionResult skills = dimension(report, "skills");
		assertThat(skills.level()).isEqualTo(3);
	}

	@Test
	void aMissingAiPolicyCapsAnOtherwiseOptimizedGovernanceAtLevel2() throws Exception {
		List<String> lines = new ArrayList<>(List.of("respondent_id,GOV-01,GOV-02,GOV-03,GOV-04,GOV-05,GOV-06"));
		for (int i = 1; i <= 6; i++) {
			lines.add("R" + i + ",2,5,5,5,5,1"); // GOV-06 is reverse-worded: 1 scores 5
		}
		MaturityReport report = score(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

		MaturityReport.DimensionResult governance = dimension(report, "governance");
		// (2 x 2 + 5 x 1.5 + 5 + 5 + 5 + 5) / (2 + 1.5 + 1 + 1 + 1 + 1) = 4.2: the
		// Optimized band
		assertThat(governance.score()).isCloseTo(4.2, within(1e-12));
		assertThat(governance.level()).isEqualTo(2);
		assertThat(governance.levelName()).isEqualTo("Adopted");
		assertThat(governance.rules()).containsExactly("MAT-LVL-BAND-5 Optimized from 4.2", "MAT-CAP-001");
		assertThat(report.findings()).anySatisfy(f -> {
			assertThat(f.ruleId()).isEqualTo("MAT-CAP-001");
			assertThat(f.severity()).isEqualTo("critical");
			assertThat(f.questionIds()).containsExactly("GOV-01");
		});
	}

	@Test
	void fewAnswersAreLowConfidenceAndAnUnansweredDimensionHasNoLevel() throws Exception {
		MaturityReport report = score(
				"respondent_id,GOV-01,DAT-01,MLC-01,TOO-01\nA,4,4,4,4\nB,4,3,5,N/A\n".getBytes(StandardCharsets.UTF_8));

		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("MAT-CONF-001"))
			.extracting(MaturityReport.MaturityFinding::dimension)
			.containsExactlyInAnyOrder("governance", "data_readiness", "model_lifecycle", "tooling");
		MaturityReport.DimensionResult skills = dimension(report, "skills");
		assertThat(skills.score()).isNull();
		assertThat(skills.level()).isNull();
		assertThat(report.findings()).anySatisfy(f -> {
			assertThat(f.ruleId()).isEqualTo("MAT-CONF-002");
			assertThat(f.dimension()).isEqualTo("skills");
			assertThat(f.questionIds()).contains("SKL-01", "SKL-06");
		});
		assertThat(dimension(report, "tooling").answered()).as("N/A is not an answer").isEqualTo(1);
	}

	@Test
	void strongDisagreementIsFlaggedWithTheSegmentThatDisagrees() throws Exception {
		StringBuilder csv = new StringBuilder("respondent_id,department,TOO-01,TOO-02\n");
		for (int i = 0; i < 4; i++) {
			csv.append("M").append(i).append(",Marketing,1,1\n");
			csv.append("D").append(i).append(",Data,5,5\n");
		}
		MaturityReport report = score(csv.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("MAT-DIS-001"))
			.extracting(MaturityReport.MaturityFinding::questionIds)
			.containsExactlyInAnyOrder(List.of("TOO-01"), List.of("TOO-02"));
		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("MAT-DIS-002"))
			.extracting(MaturityReport.MaturityFinding::segment)
			.containsExactlyInAnyOrder("department:Marketing", "department:Data");
	}

	@Test
	void longFormatAndAFormsExportScoreLikeTheWideFile() throws Exception {
		List<String> wide = Files.readAllLines(Path.of("examples/survey-wide.csv"));
		MaturityReport first12 = score(String.join("\n", wide.subList(0, 13)).getBytes(StandardCharsets.UTF_8));
		MaturityReport longFormat = score(Files.readAllBytes(Path.of("examples/survey-long.csv")));
		assertThat(dimensionScores(longFormat)).isEqualTo(dimensionScores(first12));
		assertThat(longFormat.format()).isEqualTo("long");
		assertThat(longFormat.respondents()).isEqualTo(12);

		MaturityReport first15 = score(String.join("\n", wide.subList(0, 16)).getBytes(StandardCharsets.UTF_8));
		MaturityReport forms = score(Files.readAllBytes(Path.of("examples/survey-forms-export.csv")));
		assertThat(dimensionScores(forms)).isEqualTo(dimensionScores(first15));
		assertThat(forms.notes()).anySatisfy(n -> assertThat(n).contains("Timestamp"));
	}

	static MaturityReport score(byte[] csv) throws CsvFormatException {
		try (InputStream in = new ByteArrayInputStream(csv)) {
			SurveyTally tally = new SurveyReader(catalogue).read(in);
			return new MaturityScorer().score(rules, tally);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Double> dimensionScores(MaturityReport report) {
		return report.dimensions()
			.stream()
			.filter(d -> d.score() != null)
			.collect(
					Collectors.toMap(MaturityReport.DimensionResult::dimension, MaturityReport.DimensionResult::score));
	}

	private static MaturityReport.DimensionResult dimension(MaturityReport report, String id) {
		return report.dimensions().stream().filter(d -> d.dimension().equals(id)).findFirst().orElseThrow();
	}

	private static MaturityReport.QuestionResult question(MaturityReport report, String id) {
		return report.dimensions()
			.stream()
			.flatMap(d -> d.questions().stream())
			.filter(q -> q.questionId().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
