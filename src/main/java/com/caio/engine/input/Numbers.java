package com.caio.engine.input;

/**
 * The one grammar numbers in input files follow: an optional sign, digits with at most
 * one '.' as the decimal separator, and an optional exponent ({@code e} or {@code E},
 * optional sign, digits). {@code 1200}, {@code -3.5}, {@code .5}, {@code 2.5e6} are
 * numbers; {@code 1,200}, {@code 1_200}, {@code 0x1p3}, {@code 10d}, {@code 5f},
 * {@code NaN}, {@code Infinity} and surrounding text are not. A number too large for a
 * double (such as {@code 1e309}) is out of range, never infinity.
 */
public final class Numbers {

	/** What a person may write, for error messages. */
	public static final String ACCEPTED = "a number such as 1200, -3.5 or 2.5e6";

	private Numbers() {
	}

	/** Whether {@code text} (already stripped) follows the grammar. */
	public static boolean isNumber(CharSequence text) {
		int n = text.length();
		int i = 0;
		if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
			i++;
		}
		int digits = 0;
		while (i < n && isDigit(text.charAt(i))) {
			i++;
			digits++;
		}
		if (i < n && text.charAt(i) == '.') {
			i++;
			while (i < n && isDigit(text.charAt(i))) {
				i++;
				digits++;
			}
		}
		if (digits == 0) {
			return false;
		}
		if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
			i++;
			if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
				i++;
			}
			int exponent = 0;
			while (i < n && isDigit(text.charAt(i))) {
				i++;
				exponent++;
			}
			if (exponent == 0) {
				return false;
			}
		}
		return i == n;
	}

	/**
	 * The value of {@code text} (surrounding spaces ignored): NaN when it does not follow
	 * the grammar, an infinity when it does but is beyond the range of a double. Callers
	 * turn both into a refusal naming the line or field.
	 */
	public static double parse(String text) {
		String s = text.strip();
		if (!isNumber(s)) {
			return Double.NaN;
		}
		return Double.parseDouble(s);
	}

	/**
	 * The value of {@code text} within [-limit, limit], or a refusal sentence through
	 * {@link Result#problem()}.
	 */
	public static Result parse(String text, double limit) {
		double value = parse(text);
		if (Double.isNaN(value)) {
			return new Result(value, "'" + text.strip() + "' is not a number; expected " + ACCEPTED);
		}
		if (!(Math.abs(value) <= limit)) {
			return new Result(value, "'" + text.strip() + "' is out of range; accepted: numbers from -" + format(limit)
					+ " to " + format(limit));
		}
		return new Result(value, null);
	}

	/** A parsed value, or why it was refused. */
	public record Result(double value, String problem) {

		public boolean ok() {
			return problem == null;
		}

	}

	static String format(double limit) {
		return limit >= 1e6 ? String.format(java.util.Locale.ROOT, "%.0e", limit).replace("+", "")
				: String.valueOf((long) limit);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
