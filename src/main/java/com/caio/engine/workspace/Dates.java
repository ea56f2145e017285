package com.caio.engine.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them: 27 Nov 2026. */
final class Dates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private Dates() {
	}

	static String format(LocalDate date) {
		return date == null ? "" : FORMAT.format(date);
	}

}
