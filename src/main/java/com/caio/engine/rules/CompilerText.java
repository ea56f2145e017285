package com.caio.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Drools compiler messages for the business user who edits the rule: one line,
 * no positions in generated code, and the unknown name spelled out so its column can be
 * found.
 */
final class CompilerText {

	private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");

	private static final Pattern UNRESOLVED = Pattern
		.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

	private static final Pattern MISMATCHED = Pattern
		.compile("(?:mismatched|extraneous|no viable alternative at) input '([^']+)'");

	private CompilerText() {
	}

	/**
	 * The message in one line, e.g. "unknown field 'meen' of QuestionScore in: meen <
	 * 3.0".
	 */
	static String clean(String text) {
		Matcher unresolved = UNRESOLVED.matcher(text);
		if (unresolved.find()) {
			String type = unresolved.group(1).substring(unresolved.group(1).lastIndexOf('.') + 1);
			String expression = text.startsWith("Unable to Analyse Expression ")
					? " in: " + firstLine(text).substring("Unable to Analyse Expression ".length()).replaceAll(":$", "")
					: "";
			return "unknown field '" + unresolved.group(2) + "' of " + type + expression;
		}
		return PARSER_PREFIX.matcher(firstLine(text)).replaceFirst("");
	}

	/**
	 * The name the message is about, if it names one, so its column can be found in the
	 * line.
	 */
	static String offendingName(String text) {
		Matcher unresolved = UNRESOLVED.matcher(text);
		if (unresolved.find()) {
			return unresolved.group(2);
		}
		Matcher mismatched = MISMATCHED.matcher(text);
		return mismatched.find() ? mismatched.group(1) : null;
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return (newline < 0 ? text : text.substring(0, newline)).strip();
	}

}
