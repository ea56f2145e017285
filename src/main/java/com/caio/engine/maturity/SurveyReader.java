package com.caio.engine.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;

/**
 * Streams a survey file into a {@link SurveyTally}. A bad row is rejected with its line
 * and reason and every other row still counts; only a file that cannot be parsed at all
 * is refused.
 */
final class SurveyReader {

	private static final String DEPARTMENT = "department";

	private static final String ROLE = "role";

	/**
	 * An ignored column this much like a question text is listed with its closest texts.
	 */
	private static final double CLOSE_ENOUGH = 0.6;

	private final QuestionCatalogue catalogue;

	private final boolean[] reverse;

	private final int[] dimensionOf;

	SurveyReader(QuestionCatalogue catalogue) {
		this.catalogue = catalogue;
		this.reverse = new boolean[catalogue.size()];
		this.dimensionOf = new int[catalogue.size()];
		for (int q = 0; q < catalogue.size(); q++) {
			reverse[q] = catalogue.get(q).reverse();
			dimensionOf[q] = catalogue.get(q).dimension().ordinal();
		}
	}

	SurveyTally read(InputStream in) throws CsvFormatException {
		SurveyTally tally = new SurveyTally(catalogue);
		try (CsvRows csv = CsvRows.openPrefetching(in)) {
			String[] names = csv.header();
			Rows rows = new Rows(csv);
			if (!SurveyHeader.hasQuestion(names, catalogue) && !isLong(names)) {
				// Qualtrics: ids such as Q1_1 on line 1, the question texts on line 2
				CsvRow second = csv.next();
				if (second != null && second.values().length == names.length
						&& SurveyHeader.hasQuestionTexts(second.values(), catalogue)) {
					names = Arrays.stream(second.values()).map(String::strip).toArray(String[]::new);
					tally.note("question texts read from line " + second.line()
							+ " (a Qualtrics export: line 1 holds the question ids)");
				}
				else {
					rows.pushed = second;
				}
			}
			SurveyHeader header = SurveyHeader.of(names, catalogue);
			tally.format(header.longFormat() ? "long" : "wide");
			if (!header.ignored().isEmpty()) {
				tally.note("columns ignored (not a question of the catalogue): " + String.join(", ", header.ignored())
						+ SurveyHeader.closest(header.ignored()
							.stream()
							.filter(h -> catalogue.bestSimilarity(h) >= CLOSE_ENOUGH)
							.toList(), catalogue));
			}
			if (header.longFormat()) {
				readLong(rows, header, tally);
			}
			else {
				readWide(rows, header, tally);
			}
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
		return tally;
	}

	private void readWide(Rows rows, SurveyHeader header, SurveyTally tally) throws CsvFormatException {
		RespondentSet seen = new RespondentSet();
		byte[] answers = new byte[catalogue.size()];
		SegmentTally[] groups = new SegmentTally[groupCount(header)];
		boolean[] dimensionAnswered = new boolean[Dimension.values().length];
		int[] questionOf = header.questionOfColumn();
		CsvRow row;
		while ((row = rows.next()) != null) {
			String[] v = row.values();
			String id = respondentOf(row, header, tally);
			if (id == null) {
				continue;
			}
			java.util.Arrays.fill(answers, Answer.BLANK);
			String error = null;
			int errorColumn = 0;
			for (int c = 0; c < v.length && error == null; c++) {
				int q = questionOf[c];
				if (q >= 0) {
					byte a = Answer.parse(v[c]);
					if (a == Answer.INVALID) {
						error = "answer '" + v[c].strip() + "' to " + catalogue.get(q).id()
								+ " is not accepted; accepted: " + Answer.ACCEPTED;
						errorColumn = c + 1;
					}
					answers[q] = a;
				}
			}
			if (error != null) {
				if (!isHeaderContinuation(v, questionOf)) {
					tally.reject(row.line(), errorColumn, error);
				}
				continue;
			}
			if (!seen.add(id)) {
				tally.reject(row.line(), header.respondent() + 1, "duplicate respondent '" + id + "'");
				continue;
			}
			countRespondent(tally, header, v, answers, groups, dimensionAnswered);
		}
	}

	private void countRespondent(SurveyTally tally, SurveyHeader header, String[] v, byte[] answers,
			SegmentTally[] groups, boolean[] dimensionAnswered) {
		groups(tally, header, v, groups);
		java.util.Arrays.fill(dimensionAnswered, false);
		for (SegmentTally group : groups) {
			group.addRespondent();
		}
		for (int q = 0; q < answers.length; q++) {
			byte a = answers[q];
			if (a == Answer.BLANK) {
				continue;
			}
			byte scored = a != Answer.NOT_APPLICABLE && reverse[q] ? (byte) (6 - a) : a;
			for (SegmentTally group : groups) {
				group.addAnswer(q, scored);
			}
			if (a != Answer.NOT_APPLICABLE) {
				dimensionAnswered[dimensionOf[q]] = true;
			}
		}
		for (int d = 0; d < dimensionAnswered.length; d++) {
			if (dimensionAnswered[d]) {
				for (SegmentTally group : groups) {
					group.addDimensionRespondent(d);
				}
			}
		}
	}

	private static SegmentTally[] groups(SurveyTally tally, SurveyHeader header, String[] v, SegmentTally[] groups) {
		int i = 0;
		groups[i++] = tally.all();
		if (header.department() >= 0) {
			groups[i++] = tally.segment(DEPARTMENT, v[header.department()]);
		}
		if (header.role() >= 0) {
			groups[i] = tally.segment(ROLE, v[header.role()]);
		}
		return groups;
	}

	/**
	 * Counts the row; returns its respondent id, or null after rejecting a ragged or
	 * anonymous row.
	 */
	private static String respondentOf(CsvRow row, SurveyHeader header, SurveyTally tally) {
		tally.countRow();
		String[] v = row.values();
		if (v.length != header.width()) {
			tally.reject(row.line(), 0, "expected " + header.width() + " columns but found " + v.length);
			return null;
		}
		String id = v[header.respondent()].strip();
		if (id.isEmpty()) {
			tally.reject(row.line(), header.respondent() + 1, "missing respondent id");
			return null;
		}
		return id;
	}

	private static int groupCount(SurveyHeader header) {
		return 1 + (header.department() >= 0 ? 1 : 0) + (header.role() >= 0 ? 1 : 0);
	}

	/**
	 * Qualtrics exports repeat the question texts and import ids in rows 2 and 3: not
	 * answers.
	 */
	private boolean isHeaderContinuation(String[] v, int[] questionOf) {
		for (int c = 0; c < v.length; c++) {
			int q = questionOf[c];
			if (q >= 0 && !v[c].isBlank() && !v[c].strip().startsWith("{\"ImportId\"")
					&& catalogue.indexOf(v[c]).orElse(-1) != q) {
				return false;
			}
		}
		return true;
	}

	private void readLong(Rows rows, SurveyHeader header, SurveyTally tally) throws CsvFormatException {
		RespondentSet respondents = new RespondentSet();
		RespondentSet answered = new RespondentSet();
		RespondentSet dimensionsAnswered = new RespondentSet();
		SegmentTally[] groups = new SegmentTally[groupCount(header)];
		CsvRow row;
		while ((row = rows.next()) != null) {
			String[] v = row.values();
			String id = respondentOf(row, header, tally);
			if (id == null) {
				continue;
			}
			String questionId = v[header.questionColumn()].strip();
			int q = catalogue.indexOf(questionId).orElse(-1);
			if (q < 0) {
				tally.reject(row.line(), header.questionColumn() + 1, "unknown question '" + questionId + "'");
				continue;
			}
			byte a = Answer.parse(v[header.answerColumn()]);
			if (a == Answer.INVALID) {
				tally.reject(row.line(), header.answerColumn() + 1, "answer '" + v[header.answerColumn()].strip()
						+ "' is not accepted; accepted: " + Answer.ACCEPTED);
				continue;
			}
			Question question = catalogue.get(q);
			if (!answered.add(question.id(), id)) {
				tally.reject(row.line(), header.questionColumn() + 1,
						"duplicate answer of respondent '" + id + "' to " + question.id());
				continue;
			}
			groups(tally, header, v, groups);
			if (respondents.add(id)) {
				for (SegmentTally group : groups) {
					group.addRespondent();
				}
			}
			if (a == Answer.BLANK) {
				continue;
			}
			byte scored = a != Answer.NOT_APPLICABLE && question.reverse() ? (byte) (6 - a) : a;
			for (SegmentTally group : groups) {
				group.addAnswer(q, scored);
			}
			if (a != Answer.NOT_APPLICABLE && dimensionsAnswered.add(question.dimension().id(), id)) {
				for (SegmentTally group : groups) {
					group.addDimensionRespondent(question.dimension().ordinal());
				}
			}
		}
	}

	private static boolean isLong(String[] names) {
		return Arrays.stream(names).map(SurveyHeader::key).anyMatch(SurveyHeader.QUESTION::contains);
	}

	/**
	 * The file's records, with one record read ahead and given back when not a header.
	 */
	private static final class Rows {

		private final CsvRows csv;

		CsvRow pushed;

		Rows(CsvRows csv) {
			this.csv = csv;
		}

		CsvRow next() throws CsvFormatException {
			if (pushed != null) {
				CsvRow row = pushed;
				pushed = null;
				return row;
			}
			return csv.next();
		}

	}

}
