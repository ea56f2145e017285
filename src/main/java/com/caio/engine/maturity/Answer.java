package com.caio.engine.maturity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one answer cell: 1-5, a Likert label, blank (unanswered) or N/A / Don't know (not
 * applicable). Encoded as a byte so a row of answers needs no objects.
 */
final class Answer {

	static final byte BLANK = 0;

	static final byte NOT_APPLICABLE = 6;

	static final byte INVALID = -1;

	static final String ACCEPTED = "1-5, Strongly disagree, Disagree, Neither agree nor disagree, Agree, "
			+ "Strongly agree, N/A, Don't know, or blank";

	private static final Map<String, Byte> LABELS = Map.ofEntries(Map.entry("strongly disagree", (byte) 1),
			Map.entry("disagree", (byte) 2), Map.entry("neither agree nor disagree", (byte) 3),
			Map.entry("neutral", (byte) 3), Map.entry("agree", (byte) 4), Map.entry("strongly agree", (byte) 5),
			Map.entry("n/a", NOT_APPLICABLE), Map.entry("na", NOT_APPLICABLE),
			Map.entry("not applicable", NOT_APPLICABLE), Map.entry("don't know", NOT_APPLICABLE),
			Map.entry("dont know", NOT_APPLICABLE), Map.entry("do not know", NOT_APPLICABLE));

	/**
	 * The labels as forms tools write them (as listed, Capitalised, UPPER CASE): a cell
	 * found here needs no normalising, which is the common case of a Forms export.
	 */
	private static final Map<String, Byte> AS_WRITTEN = asWritten();

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * What follows the digit of a labelled scale: a separator or a space, then a word.
	 */
	private static final Pattern LABELLED = Pattern.compile("(\\s*[-:.)=(]\\s*|\\s+)\\p{L}{2}.*");

	private Answer() {
	}

	/** 1-5, {@link #BLANK}, {@link #NOT_APPLICABLE} or {@link #INVALID}. */
	static byte parse(String cell) {
		if (cell.length() == 1) {
			char c = cell.charAt(0);
			if (c >= '1' && c <= '5') {
				return (byte) (c - '0');
			}
		}
		String s = cell.strip();
		if (s.isEmpty()) {
			return BLANK;
		}
		if (s.length() == 1) {
			char c = s.charAt(0);
			return c >= '1' && c <= '5' ? (byte) (c - '0') : INVALID;
		}
		// "4 - Agree", as some forms tools export a labelled scale; "1e309" is no label
		if (s.charAt(0) >= '1' && s.charAt(0) <= '5' && LABELLED.matcher(s.substring(1)).matches()) {
			return (byte) (s.charAt(0) - '0');
		}
		Byte label = AS_WRITTEN.get(s);
		if (label == null) {
			label = LABELS.get(SPACES.matcher(s.replace('\u2019', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT));
		}
		return label == null ? INVALID : label;
	}

	private static Map<String, Byte> asWritten() {
		Map<String, Byte> written = new java.util.HashMap<>();
		LABELS.forEach((label, value) -> {
			written.put(label, value);
			written.put(Character.toUpperCase(label.charAt(0)) + label.substring(1), value);
			written.put(label.toUpperCase(Locale.ROOT), value);
		});
		return Map.copyOf(written);
	}

}
