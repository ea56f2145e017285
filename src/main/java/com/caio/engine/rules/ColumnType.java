package com.caio.engine.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decision-table column accepts in its data cells. Declared in the column's title
 * cell as a suffix in brackets ({@code Colour [colour]}, {@code Score [integer 1..25]},
 * {@code Scenario [one of conservative|expected|aggressive]}), else inferred from the
 * column's code: a value pasted inside quotes ({@code "$param"}) is text, a value pasted
 * as code is a number ({@code int x = $param;} makes it an integer). A number column
 * never receives anything but digits; a text column's value becomes an escaped string
 * literal.
 */
record ColumnType(Kind kind, boolean quoted, String min, String max, List<String> choices) {

	/** The kinds of value a cell can hold. */
	enum Kind {

		NUMBER("a number such as 2.5 (digits, one '.' and no exponent)"), INTEGER("a whole number such as 3"),
		TEXT("text on one line"), COLOUR("a colour written #rrggbb, e.g. #d73027"), DATE("a date written yyyy-mm-dd"),
		CHOICE("one of"), NAME("a rule name on one line without \" or \\");

		final String accepts;

		Kind(String accepts) {
			this.accepts = accepts;
		}

	}

	private static final Pattern DECLARED = Pattern.compile(
			"\\[\\s*(one of|whole number|[a-z]+)\\s*(?:([-\\d.]+)\\s*\\.\\.\\s*([-\\d.]+))?" + "\\s*([^\\]]*)\\]\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,15})?");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern WHOLE_NUMBER_TEMPLATE = Pattern
		.compile("\\b(?:int|long|short|Integer|Long)\\s+\\w+\\s*=\\s*\\$(?:param|\\d)\\b");

	static final ColumnType NAME_COLUMN = new ColumnType(Kind.NAME, false, null, null, List.of());

	/**
	 * The type of a code column from its title and template; a message (to report at the
	 * title cell) when the declaration is unknown or contradicts the template.
	 */
	static Object of(String title, String template) {
		boolean quoted = template.contains("\"$param\"") || template.matches("(?s).*\"\\$\\d\".*");
		boolean bare = template.replace("\"$param\"", "")
			.replaceAll("\"\\$\\d\"", "")
			.matches("(?s).*\\$(param|\\d).*");
		if (!quoted && !bare) {
			// the value only switches the condition or action on; it is never pasted
			return new ColumnType(Kind.TEXT, true, null, null, List.of());
		}
		if (quoted && bare) {
			return "the code pastes this column's value both inside and outside quotes; use one form";
		}
		Matcher declared = DECLARED.matcher(title);
		if (!declared.find()) {
			if (quoted) {
				return new ColumnType(Kind.TEXT, true, null, null, List.of());
			}
			Kind kind = WHOLE_NUMBER_TEMPLATE.matcher(template).find() ? Kind.INTEGER : Kind.NUMBER;
			return new ColumnType(kind, false, null, null, List.of());
		}
		String word = declared.group(1).trim().toLowerCase(Locale.ROOT).replace("color", "colour");
		Kind kind = switch (word) {
			case "number", "decimal" -> Kind.NUMBER;
			case "integer", "whole number" -> Kind.INTEGER;
			case "text" -> Kind.TEXT;
			case "colour" -> Kind.COLOUR;
			case "date" -> Kind.DATE;
			case "one of" -> Kind.CHOICE;
			default -> null;
		};
		if (kind == null) {
			return "unknown column type '[" + declared.group(1).trim()
					+ "]'; write [number], [integer], [number 1..25], [colour], [date], [text] or [one of a|b|c]";
		}
		boolean numeric = kind == Kind.NUMBER || kind == Kind.INTEGER;
		if (numeric == quoted) {
			return numeric ? "a [" + word + "] column pastes its value as code: write $param without quotes"
					: "a [" + word + "] column is text: its code must quote the value as \"$param\"";
		}
		List<String> choices = kind == Kind.CHOICE
				? List.of(declared.group(4).trim().split("\\s*\\|\\s*")).stream().filter(s -> !s.isEmpty()).toList()
				: List.of();
		if (kind == Kind.CHOICE && choices.isEmpty()) {
			return "write the choices as [one of a|b|c]";
		}
		return new ColumnType(kind, quoted, declared.group(2), declared.group(3), choices);
	}

	/**
	 * Null when the value is acceptable, else what is wrong and what would be accepted.
	 */
	String refusal(String value) {
		return switch (kind) {
			case NUMBER -> NUMBER.matcher(value).matches() ? outOfRange(value) : notA(value, kind.accepts);
			case INTEGER -> INTEGER.matcher(value).matches() ? outOfRange(value) : notA(value, kind.accepts);
			case COLOUR -> COLOUR.matcher(value).matches() ? null : notA(value, kind.accepts);
			case DATE -> isDate(value) ? null : notA(value, kind.accepts);
			case CHOICE -> choices.contains(value) ? null : notA(value, "one of " + String.join(", ", choices));
			case TEXT -> textRefusal(value);
			case NAME -> value.contains("\"") || value.contains("\\") ? notA(value, kind.accepts) : textRefusal(value);
		};
	}

	/**
	 * The value as it is pasted into the code: text escaped for a string literal. A quote
	 * becomes the octal escape \042, so no quote character reaches Drools (whose own
	 * quote escaping depends on how many quotes a cell has).
	 */
	String pasted(String value) {
		if (!quoted) {
			return value;
		}
		return value.replace("\\", "\\\\").replace("\"", "\\042");
	}

	String describe() {
		String range = min != null ? " from " + min + " to " + max : "";
		return kind == Kind.CHOICE ? "one of " + String.join("|", choices)
				: kind.name().toLowerCase(Locale.ROOT) + range;
	}

	private String outOfRange(String value) {
		if (min == null) {
			return null;
		}
		java.math.BigDecimal v = new java.math.BigDecimal(value);
		if (v.compareTo(new java.math.BigDecimal(min)) < 0 || v.compareTo(new java.math.BigDecimal(max)) > 0) {
			return "'" + value + "' is outside " + min + ".." + max;
		}
		return null;
	}

	private static String textRefusal(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				return "text cells are one line without control characters";
			}
			if (c == '$' && i + 1 < value.length() && Character.isLetterOrDigit(value.charAt(i + 1))) {
				return "'$" + value.charAt(i + 1) + "' in a cell would be read as a placeholder; write it without '$'";
			}
		}
		return value.length() > 500 ? "a text cell holds at most 500 characters" : null;
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String notA(String value, String accepts) {
		return "'" + value + "' is not " + accepts;
	}

}
