package com.caio.engine.upskilling.render;

import java.util.Locale;

/** Numbers and names as a reader expects them in the documents. */
final class Words {

	private Words() {
	}

	static String pct(double fraction) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
	}

	static String pct1(double fraction) {
		return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
	}

	/** A difference of two shares, in percentage points. */
	static String points(double fraction) {
		return String.format(Locale.ROOT, "%+.1f percentage points", 100 * fraction);
	}

	static String one(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String hours(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	static String signed(double value) {
		return String.format(Locale.ROOT, "%+.1f", value);
	}

	static String capital(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String month(String yearMonth) {
		java.time.YearMonth m = java.time.YearMonth.parse(yearMonth);
		return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
	}

}
