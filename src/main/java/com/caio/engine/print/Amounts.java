package com.caio.engine.print;

import java.util.Locale;

/**
 * Amounts as the documents write them, in any locale the same: {@code EUR 1,234,567} in
 * full, and {@code EUR 2.31m}, {@code EUR 276k} where a headline or a board slide rounds
 * them.
 */
public final class Amounts {

	private Amounts() {
	}

	/** The amount to the unit, grouped: {@code USD 1,234,567}, {@code -USD 850}. */
	public static String whole(String currency, double value) {
		String sign = value < 0 ? "-" : "";
		return String.format(Locale.ROOT, "%s%s %,.0f", sign, currency, Math.abs(value));
	}

	/**
	 * Millions to two decimals, ten thousands and more in thousands, the rest in full.
	 */
	public static String rounded(String currency, double value) {
		double abs = Math.abs(value);
		String sign = value < 0 ? "-" : "";
		if (abs >= 1_000_000) {
			return String.format(Locale.ROOT, "%s%s %.2fm", sign, currency, abs / 1_000_000);
		}
		if (abs >= 10_000) {
			return String.format(Locale.ROOT, "%s%s %.0fk", sign, currency, abs / 1_000);
		}
		return whole(currency, value);
	}

}
