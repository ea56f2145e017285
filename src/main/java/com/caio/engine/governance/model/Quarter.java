package com.caio.engine.governance.model;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code YYYY-Qn} (2027-Q1 is January to March 2027). */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

	public static final String ACCEPTED = "a quarter written YYYY-Qn, such as 2027-Q1";

	/** The quarter, or null when the text is not {@code YYYY-Qn}. */
	public static Quarter parse(String text) {
		Matcher m = text == null ? null : FORM.matcher(text.strip());
		return m != null && m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
				: null;
	}

	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate first() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public LocalDate last() {
		return first().plusMonths(3).minusDays(1);
	}

	public Quarter previous() {
		return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(first()) && !day.isAfter(last());
	}

	@Override
	public int compareTo(Quarter other) {
		return Integer.compare(year * 4 + number, other.year * 4 + other.number);
	}

	@Override
	public String toString() {
		return year + "-Q" + number;
	}

}
