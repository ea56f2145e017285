package com.caio.engine.upskilling;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one proficiency cell of a skills survey: 0-4, a proficiency label (None,
 * Awareness, Working, Practitioner, Expert), a five-point Likert label (Strongly disagree
 * = 0 ... Strongly agree = 4), a labelled digit as forms tools export it ("3 -
 * Practitioner"), blank (unanswered) or N/A / Don't know (not applicable). Encoded as a
 * byte so a row needs no objects.
 */
final class Proficiency {

	static final byte BLANK = -2;

	static final byte NOT_APPLICABLE = -3;

	static final byte INVALID = -1;

	static final String ACCEPTED = "0-4, None, Awareness, Working, Practitioner, Expert, Strongly disagree, "
			+ "Disagree, Neither agree nor disagree, Agree, Strongly agree, N/A, Don't know, or blank";

	private static final Map<String, Byte> LABELS = Map.ofEntries(Map.entry("none", (byte) 0),
			Map.entry("no knowledge", (byte) 0), Map.entry("awareness", (byte) 1), Map.entry("aware", (byte) 1),
			Map.entry("beginner", (byte) 1), Map.entry("working", (byte) 2), Map.entry("working knowledge", (byte) 2),
			Map.entry("intermediate", (byte) 2), Map.entry("practitioner", (byte) 3), Map.entry("proficient", (byte) 3),
			Map.entry("advanced", (byte) 3), Map.entry("expert", (byte) 4), Map.entry("strongly disagree", (byte) 0),
			Map.entry("disagree", (byte) 1), Map.entry("neither agree nor disagree", (byte) 2),
			Map.entry("neutral", (byte) 2), Map.entry("agree", (byte) 3), Map.entry("strongly agree", (byte) 4),
			Map.entry("n/a", NOT_APPLICABLE), Map.entry("na", NOT_APPLICABLE),
			Map.entry("not applicable", NOT_APPLICABLE), Map.entry("don't know", NOT_APPLICABLE),
			Map.entry("dont know", NOT_APPLICABLE), Map.entry("do not know", NOT_APPLICABLE));

	private static final Pattern LABELLED = Pattern.compile("(\\s*[-:.)=(]\\s*|\\s+)\\p{L}{2}.*");

	private Proficiency() {
	}

	/** 0-4, {@link #BLANK}, {@link #NOT_APPLICABLE} or {@link #INVALID}. */
	static byte parse(String cell) {
		String s = cell.strip();
		if (s.isEmpty()) {
			return BLANK;
		}
		char c = s.charAt(0);
		if (s.length() == 1) {
			return c >= '0' && c <= '4' ? (byte) (c - '0') : INVALID;
		}
		if (c >= '0' && c <= '4' && LABELLED.matcher(s.substring(1)).matches()) {
			return (byte) (c - '0');
		}
		Byte label = LABELS.get(s.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
		return label == null ? INVALID : label;
	}

}
