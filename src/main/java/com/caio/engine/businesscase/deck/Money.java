package com.caio.engine.businesscase.deck;

import java.util.Locale;

import com.caio.engine.print.Amounts;

/** Number formats a board reads: EUR 2.13m, EUR 850k, 77%, 9.4 months. */
final class Money {

	private Money() {
	}

	/** An amount without its currency, for tables whose header names it: 509k, -1.88m. */
	static String compact(double value) {
		return Amounts.rounded("", value).replaceFirst("^(-?) ", "$1");
	}

	static String percent(Double fraction) {
		if (fraction == null) {
			return "n/a";
		}
		return Math.abs(fraction) < 0.1 ? String.format(Locale.ROOT, "%.1f%%", 100 * fraction)
				: String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
	}

	static String months(Double months, int horizon) {
		return months == null ? "not within " + horizon + " months" : String.format(Locale.ROOT, "%.1f months", months);
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) value)
				: String.format(Locale.ROOT, "%,.4g", value);
	}

}
