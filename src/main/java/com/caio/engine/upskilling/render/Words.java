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

	/**
	 * The change from one share to another in percentage points, as the difference of the
	 * two whole percentages printed beside it (24% to 57% is +33, never +32.8).
	 */
	static String points(double before, double after) {
		long change = Math.round(100 * after) - Math.round(100 * before);
		return String.format(Locale.ROOT, "%+d percentage %s", change, Math.abs(change) == 1 ? "point" : "points");
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
