package com.caio.engine.economics.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.caio.engine.economics.model.Figure;
import com.caio.engine.print.Amounts;

/**
 * How the economics documents write numbers: USD 1,234,567, 59.3%, 4.2 pp, 11 Jan 2027.
 */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private Formats() {
	}

	public static String money(String currency, double value) {
		return Amounts.whole(currency, value);
	}

	/** A rounded amount for headlines: USD 2.31m, USD 276k. */
	public static String rounded(String currency, double value) {
		return Amounts.rounded(currency, value);
	}

	public static String pct(double percent) {
		return String.format(Locale.ROOT, "%.1f%%", percent);
	}

	/** A difference of two percentages. */
	public static String pp(double points) {
		return String.format(Locale.ROOT, "%.1f percentage points", points);
	}

	public static String months(double months) {
		return String.format(Locale.ROOT, "%.1f months", months);
	}

	public static String date(LocalDate date) {
		return date == null ? "to be agreed" : DATE.format(date);
	}

	public static String number(double value) {
		return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
				: String.format(Locale.ROOT, "%,.2f", value);
	}

	/** A figure's value as its unit is read. */
	public static String figure(Figure f, String currency) {
		return switch (f.unit()) {
			case MONEY -> money(currency, f.value());
			case FRACTION -> String.format(Locale.ROOT, "%s%%", number(100 * f.value()));
			case HOURS -> number(f.value()) + " hours";
			case DAYS -> number(f.value()) + " days";
			case WEEKS -> number(f.value()) + " weeks";
			case MONTHS -> number(f.value()) + " months";
			case FACTOR -> String.format(Locale.ROOT, "%.2f x", f.value());
			case COUNT -> number(f.value());
		};
	}

}
