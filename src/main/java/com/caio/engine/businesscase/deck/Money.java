package com.caio.engine.businesscase.deck;

import java.util.Locale;

/** Number formats a board reads: EUR 2.13m, EUR 850k, 77%, 9.4 months. */
final class Money {

	private Money() {
	}

	/** An amount without its currency, for tables whose header names it: 509k, -1.88m. */
	static String compact(double value) {
		return amount("", value).replaceFirst("^(-?) ", "$1");
	}

	static String amount(String currency, double value) {
		double abs = Math.abs(value);
		String sign = value < 0 ? "-" : "";
		if (abs >= 1_000_000) {
			return String.format(Locale.ROOT, "%s%s %.2fm", sign, currency, abs / 1_000_000);
		}
		if (abs >= 10_000) {
			return String.format(Locale.ROOT, "%s%s %.0fk", sign, currency, abs / 1_000);
		}
		return String.format(Locale.ROOT, "%s%s %,.0f", sign, currency, abs);
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
