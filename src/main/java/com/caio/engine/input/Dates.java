package com.caio.engine.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.caio.engine.common.BadInputException;

/** Dates in input files: ISO 8601 calendar dates, YYYY-MM-DD. */
public final class Dates {

	/** What a person may write, for error messages. */
	public static final String ACCEPTED = "a date written YYYY-MM-DD, such as 2026-11-06";

	private Dates() {
	}

	/** The date, or null when blank; anything else is refused naming {@code field}. */
	public static LocalDate parse(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadInputException(field, notADate(text));
		}
	}

	/** The sentence for a value that is not a date. */
	public static String notADate(String text) {
		return "'" + text.strip() + "' is not a date; expected " + ACCEPTED;
	}

}
