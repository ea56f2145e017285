package com.caio.engine.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Function;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvLine;
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

	/**
	 * Reads the file's bytes in place ({@link CsvRows#openBytes}), else decoded first.
	 */
	private final boolean inPlace;

	SurveyReader(QuestionCatalogue catalogue) {
		this(catalogue, true);
	}

	/**
	 * {@code inPlace} false reads the file decoded first ({@link CsvRows#open}): the path
	 * the tests hold the in-place one to.
	 */
	SurveyReader(QuestionCatalogue catalogue, boolean inPlace) {
		this.catalogue = catalogue;
		this.inPlace = inPlace;
		this.reverse = new boolean[catalogue.size()];
		this.dimensionOf = new int[catalogue.size()];
		for (int q = 0; q < catalogue.size(); q++) {
			reverse[q] = catalogue.get(q).reverse();
			dimensionOf[q] = catalogue.get(q).dimension().ordinal();
		}
	}

	SurveyTally read(InputStream in) throws CsvFormatException {
		SurveyTally tally = new SurveyTally(catalogue);
		try (CsvRows csv = inPlace ? CsvRows.openBytes(in) : CsvRows.open(in)) {
			String[] names = csv.header();
			CsvLine pushed = null;
			if (!SurveyHeader.hasQuestion(names, catalogue) && !isLong(names)) {
				// Qualtrics: ids such as Q1_1 on line 1, the question texts on line 2
				CsvLine second = csv.nextLine();
				if (second != null && second.count() == names.length
						&& SurveyHeader.hasQuestionTexts(second.values(), catalogue)) {
					names = Arrays.stream(second.values()).map(String::strip).toArray(String[]::new);
					tally.note("question texts read from line " + second.line()
							+ " (a Qualtrics export: line 1 holds the question ids)");
				}
				else {
					pushed = second;
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
				readLong(rows(csv, pushed, CsvLine::row), header, tally);
			}
			else {
				readWide(rows(csv, pushed, WideRow.reader(header, catalogue.size())), header, tally);
			}
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
		return tally;
	}

	/**
	 * The records after the header, each mapped on the parsing thread, after the one read
	 * ahead to look for a second header line, if it was not one.
	 */
	private static <T> CsvRows.Records<T> rows(CsvRows csv, CsvLine pushed, Function<CsvLine, T> map) {
		T first = pushed == null ? null : map.apply(pushed);
		CsvRows.Records<T> rest = csv.prefetch(map);
		if (first == null) {
			return rest;
		}
		return new CsvRows.Records<>() {

			private boolean given;

			@Override
			public T next() throws CsvFormatException {
				if (!given) {
					given = true;
					return first;
				}
				return rest.next();
			}

		};
	}

	private void readWide(CsvRows.Records<WideRow> rows, SurveyHeader header, SurveyTally tally)
			throws CsvFormatException {
		RespondentSet seen = new RespondentSet();
		SegmentTally[] groups = new SegmentTally[groupCount(header)];
		boolean[] dimensionAnswered = new boolean[Dimension.values().length];
		int[] questionOf = header.questionOfColumn();
		WideRow row;
		while ((row = rows.next()) != null) {
			long line = row.fields().line();
			String id = respondentOf(line, row.fields().count(), row.respondent(), header, tally);
			if (id == null) {
				continue;
			}
			if (row.badColumn() >= 0) {
				int c = row.badColumn();
				String[] v = row.fields().values();
				if (!isHeaderContinuation(v, questionOf)) {
					tally.reject(line, c + 1, "answer '" + v[c].strip() + "' to " + catalogue.get(questionOf[c]).id()
							+ " is not accepted; accepted: " + Answer.ACCEPTED);
				}
				continue;
			}
			if (!seen.add(id)) {
				tally.reject(line, header.respondent() + 1, "duplicate respondent '" + id + "'");
				continue;
			}
			countRespondent(tally, row, row.answers(), groups, dimensionAnswered);
		}
	}

	private void countRespondent(SurveyTally tally, WideRow row, byte[] answers, SegmentTally[] groups,
			boolean[] dimensionAnswered) {
		int i = 0;
		groups[i++] = tally.all();
		if (row.department() != null) {
			groups[i++] = tally.segment(DEPARTMENT, row.department());
		}
		if (row.role() != null) {
			groups[i] = tally.segment(ROLE, row.role());
		}
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
	private static String respondentOf(long line, int width, String respondent, SurveyHeader header,
			SurveyTally tally) {
		tally.countRow();
		if (width != header.width()) {
			tally.reject(line, 0, "expected " + header.width() + " columns but found " + width);
			return null;
		}
		String id = respondent.strip();
		if (id.isEmpty()) {
			tally.reject(line, header.respondent() + 1, "missing respondent id");
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

	private void readLong(CsvRows.Records<CsvRow> rows, SurveyHeader header, SurveyTally tally)
			throws CsvFormatException {
		RespondentSet respondents = new RespondentSet();
		RespondentSet answered = new RespondentSet();
		RespondentSet dimensionsAnswered = new RespondentSet();
		SegmentTally[] groups = new SegmentTally[groupCount(header)];
		CsvRow row;
		while ((row = rows.next()) != null) {
			String[] v = row.values();
			String id = respondentOf(row.line(), v.length, v.length == header.width() ? v[header.respondent()] : null,
					header, tally);
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

}
