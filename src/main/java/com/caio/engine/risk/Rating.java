package com.caio.engine.risk;

import java.util.List;

import com.caio.engine.input.Numbers;

/** The two 1-5 scales of a risk rating, each accepting the number or its label. */
enum Rating {

	LIKELIHOOD(List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain")),
	IMPACT(List.of("Insignificant", "Minor", "Moderate", "Major", "Severe"));

	/** Returned by {@link #parse} for a blank cell. */
	static final int BLANK = 0;

	/** Returned by {@link #parse} for a number outside 1-5. */
	static final int OUT_OF_RANGE = -1;

	/** Returned by {@link #parse} for a word that is not one of the labels. */
	static final int UNKNOWN_LABEL = -2;

	private final List<String> labels;

	Rating(List<String> labels) {
		this.labels = labels;
	}

	List<String> labels() {
		return labels;
	}

	String label(int rating) {
		return labels.get(rating - 1);
	}

	/** What a person may write, for error messages. */
	String accepted() {
		return "1-5 or " + String.join(", ", labels);
	}

	/** 1-5, or {@link #BLANK}, {@link #OUT_OF_RANGE} or {@link #UNKNOWN_LABEL}. */
	int parse(String text) {
		String s = text.strip();
		if (s.isEmpty()) {
			return BLANK;
		}
		if (s.length() == 1 && Character.isDigit(s.charAt(0))) {
			int n = s.charAt(0) - '0';
			return n >= 1 && n <= 5 ? n : OUT_OF_RANGE;
		}
		if (isNumber(s)) {
			return OUT_OF_RANGE;
		}
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).equalsIgnoreCase(s)) {
				return i + 1;
			}
		}
		// slower path for stray spacing such as "Almost certain"
		String wanted = s.replaceAll("\\s+", " ");
		for (int i = 0; i < labels.size(); i++) {
			if (labels.get(i).equalsIgnoreCase(wanted)) {
				return i + 1;
			}
		}
		return UNKNOWN_LABEL;
	}

	private static boolean isNumber(String s) {
		return Numbers.isNumber(s);
	}

}
