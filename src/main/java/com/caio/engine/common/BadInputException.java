package com.caio.engine.common;

/**
 * Input that cannot be used, with where the problem is: a field path such as
 * {@code scenarios[1].levers[0].uplift}, or a name such as a file or an option. The
 * refusal readers throw when they check a field.
 */
public class BadInputException extends Refusal {

	public BadInputException(String where, String message) {
		super(where, message, null);
	}

}
