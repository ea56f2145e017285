package com.caio.engine.maturity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The questions a survey is scored against, found by id or by their exact wording. */
public final class QuestionCatalogue {

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
		return Optional.ofNullable(byKey.get(normalise(header)));
	}

	static String normalise(String s) {
		return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
