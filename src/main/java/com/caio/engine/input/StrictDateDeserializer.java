package com.caio.engine.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a date field only from text written YYYY-MM-DD: a number is not taken as days
 * since 1970 and a bad date is refused with the value, so the refusal names the field and
 * the format instead of a parser's message.
 */
public final class StrictDateDeserializer extends StdDeserializer<LocalDate> {

	public StrictDateDeserializer() {
		super(LocalDate.class);
	}

	@Override
	public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (LocalDate) context.reportInputMismatch(LocalDate.class, "not a date; expected " + Dates.ACCEPTED);
		}
		String text = parser.getString().strip();
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw context.weirdStringException(text, LocalDate.class, Dates.notADate(text));
		}
	}

}
