package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A survey read from its bytes in place gives the tally the decoding path gives (every
 * segment's counts, every refusal with its line, column and words, the notes), or the
 * same refusal of the whole file, on hundreds of generated surveys, wide and long: Forms
 * labels in every case and spacing, digits, labelled digits, bad answers, quoted cells
 * with separators, doubled quotes and line breaks, stray quotes, departments and roles in
 * accents, CJK and emoji, byte-order marks, semicolons and tabs, LF, CRLF and CR, blank
 * lines, ragged rows, missing and repeated respondents, a Qualtrics second header line,
 * bytes that are not UTF-8, files cut short.
 */
class SurveyInPlaceTests {

	private static final String[] ANSWERS = { "Strongly disagree", "Disagree", "Neither agree nor disagree", "Neutral",
			"Agree", "Strongly agree", "N/A", "Not applicable", "Don't know", "Don\u2019t know", "1", "2", "3", "4",
			"5", "", "4 - Agree", "1 (Strongly disagree)", "0", "6", "Sometimes", "Agree, somewhat", "\u00e9",
			"strongly  agree", "STRONGLY AGREE", "agree", " Agree ", "\tDisagree", "Agree\u2003", "\u00a0Agree",
			"\ufeff3", "\ud83d\ude00" };

	private static final String[] DEPARTMENTS = { "Data", "Sales, EMEA", "Z\u00fcrich", "\u55b6\u696d",
			"\ud83d\ude80 Ops", "say \"hi\"", "two\nlines", "", " Data " };

	static QuestionCatalogue catalogue;

	@BeforeAll
	static void shippedCatalogue() {
		RuleRuntime runtime = new RuleRuntime(java.nio.file.Path.of("rules"), List.of(new QuestionCatalogueParser()));
		runtime.reload();
		catalogue = runtime.current().data(QuestionCatalogue.class);
	}

	@Test
	void generatedSurveysGiveTheTallyAndRefusalsOfTheDecodingPath() {
		SplittableRandom random = new SplittableRandom(2811);
		List<Question> questions = catalogue.questions().stream().limit(8).toList();
		int refused = 0;
		int wide = 0;
		int longFormat = 0;
		for (int file = 0; file < 600; file++) {
			byte[] bytes = survey(random, questions, file % 4 == 3);
			String expected = tally(new SurveyReader(catalogue, false), bytes);
			String actual = tally(new SurveyReader(catalogue, true), bytes);
			assertThat(actual).as("file %s: %s", file, HexFormat.of().formatHex(bytes)).isEqualTo(expected);
			refused += expected.startsWith("refused") ? 1 : 0;
			wide += expected.startsWith("wide") && expected.contains("rejected ") ? 1 : 0;
			longFormat += expected.startsWith("long") && expected.contains("rejected ") ? 1 : 0;
		}
		// the files are read, with rows refused, most of the time; a few are refused
		// whole
		assertThat(wide).isGreaterThan(200);
		assertThat(longFormat).isGreaterThan(80);
		assertThat(refused).isBetween(20, 200);
	}

	/** Everything the tally holds, as text, or the refusal of the file. */
	private static String tally(SurveyReader reader, byte[] bytes) {
		SurveyTally tally;
		try {
			tally = reader.read(new ByteArrayInputStream(bytes));
		}
		catch (CsvFormatException ex) {
			return "refused " + ex.getMessage();
		}
		StringBuilder out = new StringBuilder(tally.format()).append(' ')
			.append(tally.rows())
			.append(" rows, ")
			.append(tally.rejectedCount())
			.append(" rejected\n");
		tally.notes().forEach(n -> out.append("note ").append(n).append('\n'));
		tally.rejected()
			.forEach(r -> out.append("rejected ")
				.append(r.line())
				.append(':')
				.append(r.column())
				.append(' ')
				.append(r.reason())
				.append('\n'));
		List<SegmentTally> segments = new java.util.ArrayList<>(tally.segments());
		segments.add(tally.all());
		segments.sort(Comparator.comparing(SegmentTally::key));
		for (SegmentTally segment : segments) {
			out.append(segment.key()).append(' ').append(segment.respondents());
			for (Dimension d : Dimension.values()) {
				out.append(' ').append(segment.dimensionRespondents(d));
			}
			for (int q = 0; q < catalogue.size(); q++) {
				out.append(" q")
					.append(q)
					.append('=')
					.append(segment.answered(q))
					.append('/')
					.append(segment.notApplicable(q))
					.append('/')
					.append(segment.answered(q) > 0 ? segment.mean(q) : 0)
					.append('/')
					.append(segment.answered(q) > 1 ? segment.sd(q) : 0);
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static byte[] survey(SplittableRandom random, List<Question> questions, boolean longFormat) {
		String sep = random.nextInt(3) == 0 ? ";" : random.nextInt(6) == 0 ? "\t" : ",";
		String[] newlines = { "\n", "\r\n", random.nextInt(4) == 0 ? "\r" : "\n" };
		StringBuilder csv = new StringBuilder();
		if (longFormat) {
			csv.append(String.join(sep, "respondent_id", "department", "role", "question_id", "answer"));
		}
		else {
			csv.append("respondent_id").append(sep).append("department").append(sep).append("role");
			for (Question q : questions) {
				csv.append(sep).append(random.nextInt(3) == 0 ? quoted(q.text(), sep) : q.id());
			}
			if (random.nextInt(8) == 0) {
				csv.append(sep).append("Notes");
			}
		}
		int width = longFormat ? 5 : csv.toString().split(sep.equals("\t") ? "\t" : sep, -1).length;
		csv.append(newlines[random.nextInt(3)]);
		if (!longFormat && random.nextInt(10) == 0) {
			// a Qualtrics export: the question texts on line 2
			csv.append("Response ID").append(sep).append("Department").append(sep).append("Role");
			for (Question q : questions) {
				csv.append(sep).append(quoted(q.text(), sep));
			}
			csv.append(sep.repeat(width - 3 - questions.size())).append(newlines[random.nextInt(3)]);
		}
		int rows = random.nextInt(120);
		for (int r = 0; r < rows; r++) {
			if (random.nextInt(30) == 0) {
				csv.append(random.nextBoolean() ? "" : "  ").append(newlines[random.nextInt(3)]);
				continue;
			}
			String id = random.nextInt(40) == 0 ? " " : "R" + random.nextInt(Math.max(1, rows));
			String department = cell(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], sep, random);
			String role = random.nextInt(5) == 0 ? "Analyste \u00e9" : "Analyst";
			if (longFormat) {
				for (Question q : questions) {
					if (random.nextInt(4) == 0) {
						continue;
					}
					String question = random.nextInt(30) == 0 ? "NOPE-1" : q.id();
					csv.append(String.join(sep, id, department, role, question,
							cell(ANSWERS[random.nextInt(ANSWERS.length)], sep, random)));
					csv.append(newlines[random.nextInt(3)]);
				}
				continue;
			}
			csv.append(id).append(sep).append(department).append(sep).append(role);
			int cells = random.nextInt(40) == 0 ? width - 4 : width - 3;
			for (int c = 0; c < cells; c++) {
				String answer = random.nextInt(4) > 0 ? ANSWERS[random.nextInt(6)]
						: ANSWERS[random.nextInt(ANSWERS.length)];
				csv.append(sep).append(cell(answer, sep, random));
			}
			csv.append(newlines[random.nextInt(3)]);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (random.nextInt(4) == 0) {
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		if (random.nextInt(8) == 0) {
			// a byte that is not UTF-8, or a Latin-1 letter as Excel saves it
			int at = random.nextInt(text.length + 1);
			out.write(text, 0, at);
			out.write(random.nextBoolean() ? 0xE9 : 0xFF);
			out.write(text, at, text.length - at);
		}
		else {
			out.writeBytes(text);
		}
		byte[] bytes = out.toByteArray();
		if (random.nextInt(12) == 0) {
			bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
		}
		return bytes;
	}

	/**
	 * A cell as a forms tool writes it: quoted when it must be, and now and then anyway
	 * or wrongly.
	 */
	private static String cell(String value, String sep, SplittableRandom random) {
		if (random.nextInt(100) == 0) {
			return value + "\"x";
		}
		if (value.contains(sep) || value.contains("\"") || value.contains("\n") || random.nextInt(10) == 0) {
			return quoted(value, sep);
		}
		return value;
	}

	private static String quoted(String value, String sep) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

}
