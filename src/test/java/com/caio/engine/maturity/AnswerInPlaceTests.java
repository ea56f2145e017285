package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.caio.engine.csv.CsvRows;
import com.caio.engine.rules.RuleRuntime;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers read in place on the parsing thread, and spellings remembered once a file, give
 * the values and the refusals the plain path gives ({@link Answer#parse(String)} of each
 * cell as OpenCSV splits it): on thousands of generated spellings (every label, its case,
 * spaces and tabs around, curly apostrophes, labelled digits, byte-order marks, quotes,
 * junk) and on generated surveys with quoted cells, ragged rows, missing and repeated
 * respondents.
 */
class AnswerInPlaceTests {

	private static final String[] WORDS = { "Strongly disagree", "Disagree", "Neither agree nor disagree", "Neutral",
			"Agree", "Strongly agree", "N/A", "NA", "Not applicable", "Don't know", "Dont know", "Do not know",
			"Don\u2019t know", "1", "2", "3", "4", "5", "0", "6", "", "4 - Agree", "5 = Strongly agree",
			"1 (Strongly disagree)", "2. Disagree", "1e309", "+4", "Sometimes", "Agree, somewhat", "agree!", "\u00e9",
			"strongly  agree", "neither agree  nor disagree" };

	private static final String[] AROUND = { "", "", "", " ", "  ", "\t", "\u00a0", "\ufeff", "\u2003", "\r" };

	static QuestionCatalogue catalogue;

	@BeforeAll
	static void shippedCatalogue() {
		RuleRuntime runtime = new RuleRuntime(java.nio.file.Path.of("rules"), List.of(new QuestionCatalogueParser()));
		runtime.reload();
		catalogue = runtime.current().data(QuestionCatalogue.class);
	}

	@Test
	void everySpellingReadsInPlaceAsItsStringDoesFirstTimeAndAgain() {
		SplittableRandom random = new SplittableRandom(18);
		Answer.Spellings seen = new Answer.Spellings();
		Answer.Spellings full = new Answer.Spellings();
		for (int i = 0; i < 2 * Answer.Spellings.LIMIT; i++) {
			// a table past its bound still answers, parsing what it cannot keep
			full.parse("junk" + i, 0, ("junk" + i).length());
		}
		for (int i = 0; i < 20_000; i++) {
			String cell = spelling(random);
			String before = random.nextBoolean() ? "" : "R7,x,";
			String text = before + cell + (random.nextBoolean() ? "" : ",tail");
			int from = before.length();
			int to = from + cell.length();
			byte expected = Answer.parse(cell);
			assertThat(Answer.parse(text, from, to, seen)).as("'%s'", cell).isEqualTo(expected);
			assertThat(Answer.parse(text, from, to, seen)).as("'%s' again", cell).isEqualTo(expected);
			assertThat(Answer.parse(text, from, to, full)).as("'%s' past the bound", cell).isEqualTo(expected);
		}
	}

	@Test
	void generatedSurveysGiveTheRowsAndRefusalsOfThePlainPath() throws Exception {
		SplittableRandom random = new SplittableRandom(1127);
		List<String> ids = catalogue.questions().stream().limit(6).map(Question::id).toList();
		for (int file = 0; file < 60; file++) {
			String csv = survey(random, ids, 150);
			SurveyHeader header = SurveyHeader.of(("respondent_id,department,role," + String.join(",", ids)).split(","),
					catalogue);
			List<WideRow> rows = new ArrayList<>();
			try (CsvRows reader = CsvRows.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
				CsvRows.Records<WideRow> records = reader.prefetch(WideRow.reader(header, catalogue.size()));
				WideRow row;
				while ((row = records.next()) != null) {
					rows.add(row);
				}
			}
			List<String[]> plain = plain(csv);
			assertThat(rows).hasSameSizeAs(plain);
			for (int r = 0; r < rows.size(); r++) {
				WideRow row = rows.get(r);
				String[] v = plain.get(r);
				assertThat(row.fields().values()).as("%s", csv).containsExactly(v);
				if (v.length != header.width()) {
					assertThat(row.answers()).isNull();
					continue;
				}
				assertThat(row.respondent()).isEqualTo(v[0]);
				assertThat(row.department()).isEqualTo(v[1]);
				assertThat(row.role()).isEqualTo(v[2]);
				int bad = -1;
				byte[] expected = new byte[catalogue.size()];
				for (int c = 3; c < v.length && bad < 0; c++) {
					int q = header.questionOfColumn()[c];
					expected[q] = Answer.parse(v[c]);
					bad = expected[q] == Answer.INVALID ? c : -1;
				}
				assertThat(row.badColumn()).as("row %s of %s", r, csv).isEqualTo(bad);
				assertThat(row.answers()).as("row %s of %s", r, csv).isEqualTo(expected);
			}
			assertThat(rejections(
					new SurveyReader(catalogue).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))))
				.isEqualTo(expectedRejections(csv, header));
		}
	}

	private static String spelling(SplittableRandom random) {
		String word = WORDS[random.nextInt(WORDS.length)];
		word = switch (random.nextInt(5)) {
			case 0 -> word.toLowerCase(java.util.Locale.ROOT);
			case 1 -> word.toUpperCase(java.util.Locale.ROOT);
			case 2 ->
				word.isEmpty() ? word : word.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + word.substring(1);
			default -> word;
		};
		return AROUND[random.nextInt(AROUND.length)] + word + AROUND[random.nextInt(AROUND.length)];
	}

	private static String survey(SplittableRandom random, List<String> ids, int rows) {
		StringBuilder csv = new StringBuilder("respondent_id,department,role," + String.join(",", ids) + "\n");
		for (int r = 0; r < rows; r++) {
			String id = random.nextInt(40) == 0 ? " " : "R" + random.nextInt(rows);
			String department = random.nextInt(4) == 0 ? "\"Sales, EMEA\"" : "Data";
			csv.append(id).append(',').append(department).append(",Analyst");
			int cells = random.nextInt(50) == 0 ? ids.size() - 1 : ids.size();
			for (int q = 0; q < cells; q++) {
				String cell = spelling(random).replace("\r", "");
				if (cell.contains(",") || cell.contains("\"") || random.nextInt(10) == 0) {
					cell = "\"" + cell.replace("\"", "\"\"") + "\"";
				}
				csv.append(',').append(cell);
			}
			csv.append(random.nextBoolean() ? "\n" : "\r\n");
		}
		return csv.toString();
	}

	/** The records after the header as OpenCSV's RFC 4180 parser reads them. */
	private static List<String[]> plain(String csv) throws Exception {
		List<String[]> records = new ArrayList<>();
		try (CSVReader reader = new CSVReaderBuilder(new StringReader(csv))
			.withCSVParser(new RFC4180ParserBuilder().build())
			.build()) {
			reader.readNext();
			String[] values;
			while ((values = reader.readNext()) != null) {
				if (!(values.length == 1 && values[0].isBlank())) {
					records.add(values);
				}
			}
		}
		return records;
	}

	private static List<String> rejections(SurveyTally tally) {
		return tally.rejected().stream().map(r -> r.column() + " " + r.reason()).toList();
	}

	/** What the reader refuses, from the plain records and Answer.parse(String). */
	private static List<String> expectedRejections(String csv, SurveyHeader header) throws Exception {
		List<String> refused = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String[] v : plain(csv)) {
			if (v.length != header.width()) {
				refused.add("0 expected " + header.width() + " columns but found " + v.length);
				continue;
			}
			String id = v[0].strip();
			if (id.isEmpty()) {
				refused.add("1 missing respondent id");
				continue;
			}
			String error = null;
			for (int c = 3; c < v.length && error == null; c++) {
				if (Answer.parse(v[c]) == Answer.INVALID) {
					error = (c + 1) + " answer '" + v[c].strip() + "' to "
							+ catalogue.get(header.questionOfColumn()[c]).id() + " is not accepted; accepted: "
							+ Answer.ACCEPTED;
				}
			}
			if (error != null) {
				refused.add(error);
			}
			else if (!seen.add(id)) {
				refused.add("1 duplicate respondent '" + id + "'");
			}
		}
		return refused;
	}

}
