package com.caio.engine.maturity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions a survey is scored against, found by id or by their wording as forms
 * tools export it: case, spacing, typographic quotes and trailing punctuation aside, and
 * the statement of a grid ({@code Title [statement]}) or matrix ({@code Question -
 * statement}) header.
 */
public final class QuestionCatalogue {

	private static final Pattern GRID = Pattern.compile("(?s).*\\[(.+)\\]\\s*");

	private static final Pattern LEADING = Pattern.compile("^[\"'\\s]+");

	private static final Pattern TRAILING = Pattern.compile("[\\s.?!:;,\u2026*\"']+$");

	private final List<Question> questions;

	private final Map<String, Integer> byKey = new HashMap<>();

	QuestionCatalogue(List<Question> questions) {
		this.questions = List.copyOf(questions);
		for (int i = 0; i < this.questions.size(); i++) {
			byKey.put(normalise(this.questions.get(i).id()), i);
			byKey.put(normalise(this.questions.get(i).text()), i);
		}
	}

	public List<Question> questions() {
		return questions;
	}

	public int size() {
		return questions.size();
	}

	public Question get(int index) {
		return questions.get(index);
	}

	/**
	 * Index of the question whose id or text is {@code header}, ignoring case and
	 * spacing.
	 */
	public Optional<Integer> indexOf(String header) {
		Integer exact = byKey.get(normalise(header));
		if (exact != null) {
			return Optional.of(exact);
		}
		String statement = statement(header);
		return statement == null ? Optional.empty() : Optional.ofNullable(byKey.get(normalise(statement)));
	}

	/**
	 * The statement of a grid or matrix header: {@code Title [statement]} (Google Forms)
	 * or {@code Question - statement} (Qualtrics, Microsoft Forms); null if neither.
	 */
	static String statement(String header) {
		Matcher grid = GRID.matcher(header);
		if (grid.matches()) {
			return grid.group(1);
		}
		int dash = header.lastIndexOf(" - ");
		return dash < 0 ? null : header.substring(dash + 3);
	}

	/**
	 * Up to {@code count} questions whose text is most like {@code header}, most alike
	 * first, as {@code ID 'text'}, for messages about a column that matches none.
	 */
	List<String> closest(String header, int count) {
		String statement = statement(header);
		String wanted = normalise(statement == null ? header : statement);
		return questions.stream()
			.sorted(Comparator.comparingDouble((Question q) -> -Similarity.of(wanted, normalise(q.text())))
				.thenComparing(Question::id))
			.limit(count)
			.map(q -> q.id() + " '" + q.text() + "'")
			.toList();
	}

	/** How alike a header is to the closest question text, from 0 to 1. */
	double bestSimilarity(String header) {
		String statement = statement(header);
		String wanted = normalise(statement == null ? header : statement);
		return questions.stream().mapToDouble(q -> Similarity.of(wanted, normalise(q.text()))).max().orElse(0);
	}

	/**
	 * Case, spacing, typographic quotes and dashes, and trailing punctuation (or a '*' a
	 * form adds to required questions) do not make two texts differ.
	 */
	static String normalise(String s) {
		String t = s.replace('\u00A0', ' ')
			.replace('\u2018', '\'')
			.replace('\u2019', '\'')
			.replace('\u201B', '\'')
			.replace('\u2032', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u201E', '"')
			.replace('\u2013', '-')
			.replace('\u2014', '-');
		t = t.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		return LEADING.matcher(TRAILING.matcher(t).replaceAll("")).replaceAll("");
	}

}
