package com.caio.engine.maturity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.caio.engine.csv.CsvFormatException;

/**
 * Works out what each column of a survey file holds, from its header alone: the
 * respondent id, department and role under their usual names, and either one column per
 * question (wide) or question_id and answer columns (long).
 */
record SurveyHeader(boolean longFormat, int respondent, int department, int role, int questionColumn, int answerColumn,
		int[] questionOfColumn, List<String> ignored, int width) {

	static final Set<String> RESPONDENT = Set.of("respondent_id", "respondent", "respondentid", "response_id",
			"responseid", "id", "email", "email_address");

	static final Set<String> DEPARTMENT = Set.of("department", "dept", "business_unit");

	static final Set<String> ROLE = Set.of("role", "job_role");

	static final Set<String> QUESTION = Set.of("question_id", "question");

	static final Set<String> ANSWER = Set.of("answer", "response", "value");

	/** A header this long is taken for a question text when suggesting close matches. */
	static final int QUESTION_LENGTH = 15;

	/** Columns given with their closest catalogue texts in one message. */
	static final int SUGGESTED = 5;

	static SurveyHeader of(String[] header, QuestionCatalogue catalogue) throws CsvFormatException {
		String[] keys = Arrays.stream(header).map(SurveyHeader::key).toArray(String[]::new);
		int respondent = find(keys, RESPONDENT);
		if (respondent < 0) {
			throw new CsvFormatException(1, 1, "no respondent id column; name one of " + RESPONDENT);
		}
		int department = find(keys, DEPARTMENT);
		int role = find(keys, ROLE);
		int question = find(keys, QUESTION);
		int answer = find(keys, ANSWER);
		boolean longFormat = question >= 0 && answer >= 0;
		int[] questionOf = new int[header.length];
		Arrays.fill(questionOf, -1);
		List<String> ignored = new ArrayList<>();
		boolean[] mapped = new boolean[catalogue.size()];
		for (int c = 0; c < header.length; c++) {
			if (c == respondent || c == department || c == role || (longFormat && (c == question || c == answer))) {
				continue;
			}
			Optional<Integer> q = longFormat ? Optional.empty() : catalogue.indexOf(header[c]);
			if (q.isEmpty()) {
				ignored.add(header[c]);
				continue;
			}
			if (mapped[q.get()]) {
				throw new CsvFormatException(1, c + 1, "column '" + header[c] + "' repeats question "
						+ catalogue.get(q.get()).id() + " already in another column");
			}
			mapped[q.get()] = true;
			questionOf[c] = q.get();
		}
		if (!longFormat && Arrays.stream(questionOf).allMatch(i -> i < 0)) {
			throw new CsvFormatException(1, 1,
					"no column is a question of the catalogue (by id or text), "
							+ "and there are no question_id and answer columns for the long format"
							+ closest(ignored, catalogue));
		}
		return new SurveyHeader(longFormat, respondent, department, role, question, answer, questionOf,
				List.copyOf(ignored), header.length);
	}

	/** Whether any column other than id, department and role is a catalogue question. */
	static boolean hasQuestion(String[] header, QuestionCatalogue catalogue) {
		return hasQuestion(header, catalogue, 0);
	}

	/**
	 * Whether the line holds question texts (not ids), as line 2 of a Qualtrics export
	 * does; a long-format header never does.
	 */
	static boolean hasQuestionTexts(String[] header, QuestionCatalogue catalogue) {
		String[] keys = Arrays.stream(header).map(SurveyHeader::key).toArray(String[]::new);
		return !(find(keys, QUESTION) >= 0 && find(keys, ANSWER) >= 0)
				&& hasQuestion(header, catalogue, QUESTION_LENGTH);
	}

	private static boolean hasQuestion(String[] header, QuestionCatalogue catalogue, int minLength) {
		String[] keys = Arrays.stream(header).map(SurveyHeader::key).toArray(String[]::new);
		for (int c = 0; c < header.length; c++) {
			if (!RESPONDENT.contains(keys[c]) && !DEPARTMENT.contains(keys[c]) && !ROLE.contains(keys[c])
					&& header[c].strip().length() >= minLength && catalogue.indexOf(header[c]).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The closest catalogue texts of the first few columns that look like questions
	 * (longer than a short field name), for a refusal or a note.
	 */
	static String closest(List<String> unmatched, QuestionCatalogue catalogue) {
		List<String> lines = unmatched.stream()
			.filter(h -> h.strip().length() >= QUESTION_LENGTH)
			.limit(SUGGESTED)
			.map(h -> "'" + h.strip() + "' is closest to " + String.join(" or ", catalogue.closest(h, 2)))
			.toList();
		return lines.isEmpty() ? "" : "; " + String.join("; ", lines);
	}

	private static int find(String[] keys, Set<String> names) {
		for (int i = 0; i < keys.length; i++) {
			if (names.contains(keys[i])) {
				return i;
			}
		}
		return -1;
	}

	static String key(String header) {
		return header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
	}
}
