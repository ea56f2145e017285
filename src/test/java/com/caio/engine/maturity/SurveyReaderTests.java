package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

	private static SurveyTally read(String csv) throws CsvFormatException {
		return new SurveyReader(catalogue).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

}
