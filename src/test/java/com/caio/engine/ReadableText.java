package com.caio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a text report must not show a reader (issue 10, item 15): snake_case or camelCase
 * field names, "(s)" plurals, "case.." double stops, numbers in e-notation, timestamps
 * with fractional seconds, numbers of five digits or more without thousands separators,
 * Java list brackets around dates, and rule ids inside sentences (a rule id may stand
 * only as a reference in brackets at the end of its line, or in a "rules applied" line).
 */
public final class ReadableText {

	private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z0-9]+_[a-z0-9_]+\\b");

	private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]{2,}[A-Z][a-z]+[A-Za-z]*\\b");

	private static final Pattern E_NOTATION = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?[eE][+-]?\\d+(?![\\w.])");

	private static final Pattern FRACTIONAL_SECONDS = Pattern.compile("\\d{2}:\\d{2}:\\d{2}[.,]\\d+");

	private static final Pattern UNSEPARATED = Pattern.compile("(?<![\\w.,#-])\\d{5,}(?![\\w-])");

	private static final Pattern DOUBLE_STOP = Pattern.compile("[A-Za-z]\\.\\.(?!\\.)");

	private static final Pattern DATE_LIST = Pattern.compile("\\[\\d{4}-\\d{2}-\\d{2},");

	private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2,}(-[A-Z0-9]+)*-\\d{3}\\b");

	private static final Pattern TRAILING_REFERENCE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

	/** A rejected row's reason names the input's own column, as a refusal must. */
	private static final Pattern REJECTED_ROW = Pattern.compile("^\\s*line \\d+.*");

	private ReadableText() {
	}

	/** Asserts every line of {@code text} reads as a sentence for people. */
	public static void check(String name, String text) {
		assertThat(text).as(name).isNotBlank();
		for (String line : text.split("\\R")) {
			if (REJECTED_ROW.matcher(line).matches()) {
				continue;
			}
			String where = name + ": " + line;
			for (Pattern leak : List.of(SNAKE_CASE, CAMEL_CASE, E_NOTATION, FRACTIONAL_SECONDS, UNSEPARATED,
					DOUBLE_STOP, DATE_LIST)) {
				assertThat(leak.matcher(line).find()).as("%s in %s", leak, where).isFalse();
			}
			assertThat(line).as(where).doesNotContain("(s)");
			if (!line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("rules applied")) {
				String sentence = TRAILING_REFERENCE.matcher(line).replaceFirst("");
				assertThat(RULE_ID.matcher(sentence).find()).as("a rule id inside the sentence: %s", where).isFalse();
			}
		}
	}

}
