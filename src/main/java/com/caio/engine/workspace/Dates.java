package com.caio.engine.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them: 27 Nov 2026 (en-GB), 27 Nov. 2026 (de-DE): day, the month's
 * short name in the page's language, year, as the pages' {@code d MMM yyyy} writes them.
 */
final class Dates {

	private static final String PATTERN = "d MMM yyyy";

	private Dates() {
	}

	static String format(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofPattern(PATTERN, locale).format(date);
	}

}
