package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every bad row is named by line and reason, and every good row still counts. */
class SurveyReaderTests {

	static QuestionCatalogue catalogue;

	@BeforeAll
	static void shippedCatalogue() {
		RuleRuntime runtime = new RuleRuntime(java.nio.file.Path.of("rules"), List.of(new QuestionCatalogueParser()));
		runtime.reload();
		catalogue = runtime.current().data(QuestionCatalogue.class);
	}

	@Test
	void badWideRowsAreRejectedByLineAndTheRestCount() throws Exception {
		SurveyTally tally = read("""
				respondent_id,department,GOV-01,GOV-02
				R1,Data,4,Agree
				R2,Data,6,4
				R3,Data,Sometimes,4
				,Data,4,4
				R4,Data,4
				R1,Data,2,2
				R5,Data,  Strongly disagree ,N/A
				R6,Data,5 - Strongly agree,Don\u2019t know
				""");

		assertThat(tally.all().respondents()).isEqualTo(3);
		assertThat(tally.rejected()).extracting(RejectedRow::line, RejectedRow::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, 3), org.assertj.core.groups.Tuple.tuple(4L, 3),
					org.assertj.core.groups.Tuple.tuple(5L, 1), org.assertj.core.groups.Tuple.tuple(6L, 0),
					org.assertj.core.groups.Tuple.tuple(7L, 1));
		assertThat(tally.rejected()).extracting(RejectedRow::reason)
			.containsExactly("answer '6' to GOV-01 is not accepted; accepted: " + Answer.ACCEPTED,
					"answer 'Sometimes' to GOV-01 is not accepted; accepted: " + Answer.ACCEPTED,
					"missing respondent id", "expected 4 columns but found 3", "duplicate respondent 'R1'");
		int gov01 = catalogue.indexOf("GOV-01").orElseThrow();
		assertThat(tally.all().mean(gov01)).isEqualTo((4 + 1 + 5) / 3.0);
		assertThat(tally.all().notApplicable(catalogue.indexOf("GOV-02").orElseThrow())).isEqualTo(2);
	}

	@Test
	void badLongRowsAreRejectedByLine() throws Exception {
		SurveyTally tally = read("""
				respondent_id,question_id,answer
				R1,GOV-01,4
				R1,GOV-99,4
				R1,GOV-01,5
				R2,GOV-01,0
				R2,GOV-02,2
				""");
		assertThat(tally.all().respondents()).isEqualTo(2);
		assertThat(tally.rejected()).extracting(RejectedRow::line).containsExactly(3L, 4L, 5L);
		assertThat(tally.rejected().get(0).reason()).isEqualTo("unknown question 'GOV-99'");
		assertThat(tally.rejected().get(1).reason()).isEqualTo("duplicate answer of respondent 'R1' to GOV-01");
	}

	@Test
	void questionsAreRecognisedByTheirWordingAndQualtricsHeaderRowsAreSkipped() throws Exception {
		SurveyTally tally = read("""
				ResponseId,Our organisation has a documented and approved AI policy.
				Response ID,Our organisation has a documented and approved AI policy.
				"{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}"
				R_1,Agree
				""");
		assertThat(tally.all().respondents()).isEqualTo(1);
		assertThat(tally.rejected()).isEmpty();
	}

	@Test
	void aFileWithoutRespondentIdsOrQuestionsIsRefusedWithItsHeaderLine() {
		assertThatThrownBy(() -> read("name,GOV-01\nx,4\n")).isInstanceOf(CsvFormatException.class)
			.hasMessageStartingWith("1:1: no respondent id column");
		assertThatThrownBy(() -> read("respondent_id,colour\nx,red\n")).isInstanceOf(CsvFormatException.class)
			.hasMessageStartingWith("1:1: no column is a question of the catalogue");
	}

	@Test
	void rareSegmentValuesShareOneGroupPastTheCap() throws Exception {
		StringBuilder csv = new StringBuilder("respondent_id,department,GOV-01\n");
		for (int i = 0; i < SurveyTally.MAX_SEGMENTS_PER_KIND + 50; i++) {
			csv.append("R").append(i).append(",Dept ").append(i).append(",3\n");
		}
		SurveyTally tally = read(csv.toString());
		assertThat(tally.segments()).hasSize(1 + SurveyTally.MAX_SEGMENTS_PER_KIND + 1);
		assertThat(tally.segment("department", "Dept 240").name()).isEqualTo(SurveyTally.OTHER);
	}

	@Test
	void googleMicrosoftAndQualtricsExportsScoreLikeThePlainFileOfTheSameAnswers() throws Exception {
		SurveyTally plain = readFile("canonical-wide.csv");
		assertThat(plain.all().respondents()).isEqualTo(12);
		for (String export : List.of("google-forms-grid.csv", "microsoft-forms.csv", "qualtrics.csv")) {
			SurveyTally tally = readFile(export);
			assertThat(tally.rejected()).as(export).isEmpty();
			assertThat(tally.all().respondents()).as(export).isEqualTo(12);
			for (int q = 0; q < catalogue.size(); q++) {
				assertThat(tally.all().answered(q)).as(export + " " + catalogue.get(q).id())
					.isEqualTo(plain.all().answered(q));
				assertThat(tally.all().mean(q)).as(export + " " + catalogue.get(q).id()).isEqualTo(plain.all().mean(q));
			}
			assertThat(tally.segment("department", "Data").respondents()).as(export).isEqualTo(3);
		}
		assertThat(readFile("qualtrics.csv").notes()).anyMatch(n -> n.startsWith("question texts read from line 2"));
	}

	@Test
	void headersDifferingOnlyByPunctuationQuotesOrAGridTitleMatchTheirQuestion() {
		String text = catalogue.get(0).text();
		String bare = text.substring(0, text.length() - 1);
		for (String header : List.of(text, bare, bare + "?", bare + " .", "  " + text.toUpperCase() + "  ", bare + " *",
				"Governance [" + bare + "]", "Rate each statement [" + text + "]", "Q1 - " + bare,
				"\u201C" + text + "\u201D")) {
			assertThat(catalogue.indexOf(header)).as(header).contains(0);
		}
		int apostrophe = catalogue.questions()
			.stream()
			.filter(q -> q.text().contains("'"))
			.findFirst()
			.map(q -> catalogue.questions().indexOf(q))
			.orElse(-1);
		if (apostrophe >= 0) {
			String typographic = catalogue.get(apostrophe).text().replace('\'', '\u2019');
			assertThat(catalogue.indexOf(typographic)).contains(apostrophe);
		}
		assertThat(catalogue.indexOf("Our organisation has a documented AI policy")).isEmpty();
	}

	@Test
	void aColumnThatMatchesNoQuestionIsRefusedWithTheClosestCatalogueTexts() {
		assertThatThrownBy(() -> read("respondent_id,Our organisation has a documented AI policy\nR1,4\n"))
			.isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("'Our organisation has a documented AI policy' is closest to GOV-01 "
					+ "'Our organisation has a documented and approved AI policy.'");
	}

	@Test
	void aColumnNearlyLikeAQuestionIsNotedWithItsClosestTexts() throws Exception {
		SurveyTally tally = read("respondent_id,GOV-01,Roles and responsibility for AI are assigned\nR1,4,4\n");
		assertThat(tally.notes())
			.anyMatch(n -> n.contains("'Roles and responsibility for AI are assigned' is closest to GOV-02"));
	}

	@Test
	void numbersOutsideTheScaleOrInJavaLiteralSyntaxAreNotAnswers() throws Exception {
		for (String bad : List.of("1e309", "1e0", "1.0", "0x1p3", "5f", "4d", "10d", "3.5", "+4", "4 5", "2 e5")) {
			assertThat(Answer.parse(bad)).as(bad).isEqualTo(Answer.INVALID);
		}
		assertThat(Answer.parse("4 - Agree")).isEqualTo((byte) 4);
		assertThat(Answer.parse("5 = Strongly agree")).isEqualTo((byte) 5);
		assertThat(Answer.parse("1 (Strongly disagree)")).isEqualTo((byte) 1);
		assertThat(Answer.parse("2. Disagree")).isEqualTo((byte) 2);
		SurveyTally tally = read("respondent_id,GOV-01\nR1,1e309\nR2,5f\nR3,4\n");
		assertThat(tally.rejected()).extracting(RejectedRow::line).containsExactly(2L, 3L);
	}

	/**
	 * Every label in every spelling a forms tool or a person types reads as the same
	 * answer, whether it is found as written or only after normalising.
	 */
	@Test
	void everyLabelReadsTheSameInEverySpelling() {
		Map<String, Byte> labels = Map.of("strongly disagree", (byte) 1, "disagree", (byte) 2,
				"neither agree nor disagree", (byte) 3, "neutral", (byte) 3, "agree", (byte) 4, "strongly agree",
				(byte) 5, "n/a", Answer.NOT_APPLICABLE, "don't know", Answer.NOT_APPLICABLE, "not applicable",
				Answer.NOT_APPLICABLE);
		labels.forEach((label, value) -> {
			String capitalised = Character.toUpperCase(label.charAt(0)) + label.substring(1);
			for (String spelling : List.of(label, capitalised, label.toUpperCase(java.util.Locale.ROOT),
					"  " + capitalised + " ", capitalised.replace(" ", "   "), capitalised.replace(" ", "\t"),
					capitalised.replace('\'', '\u2019'), flip(label))) {
				assertThat(Answer.parse(spelling)).as("'" + spelling + "'").isEqualTo(value);
			}
		});
		for (String bad : List.of("Agreed", "Strongly", "agree agree", "Strongly-agree", "N/A/", "Disagree.")) {
			assertThat(Answer.parse(bad)).as(bad).isEqualTo(Answer.INVALID);
		}
	}

	/** Alternating case: sTrOnGlY aGrEe. */
	private static String flip(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
		}
		return out.toString();
	}

	private static SurveyTally readFile(String name) throws Exception {
		try (java.io.InputStream in = java.nio.file.Files
			.newInputStream(java.nio.file.Path.of("src/test/resources/maturity/forms", name))) {
			return new SurveyReader(catalogue).read(in);
		}
	}

	private static SurveyTally read(String csv) throws CsvFormatException {
		return new SurveyReader(catalogue).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

}
