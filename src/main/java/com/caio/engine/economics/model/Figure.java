package com.caio.engine.economics.model;

/**
 * One input figure and where it comes from: a row of the assumptions register and a fact
 * for the traceability rule.
 *
 * @param path the input field, e.g. {@code fullTime.baseSalary}
 * @param label what a reader of the proposal calls it
 * @param source the data source; null when none was given (untraceable)
 * @param defaulted true when the input left it out and a published default was used
 */
public record Figure(String path, String label, double value, Unit unit, String source, boolean defaulted) {

	/** How a figure is written for a reader. */
	public enum Unit {

		MONEY, FRACTION, HOURS, DAYS, WEEKS, MONTHS, COUNT, FACTOR

	}

	public Figure withValue(double newValue) {
		return new Figure(path, label, newValue, unit, source, defaulted);
	}

	/**
	 * A number as a reader writes it: whole numbers without decimals, others to two
	 * places.
	 */
	public static String plain(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value)
				: String.format(java.util.Locale.ROOT, "%.2f", value);
	}

}
