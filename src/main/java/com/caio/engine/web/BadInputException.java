package com.caio.engine.web;

/**
 * Input that cannot be used, with where the problem is: a field path such as
 * {@code scenarios[1].levers[0].uplift}, or {@code file.csv:12:3}. Answered with 422.
 */
public class BadInputException extends RuntimeException {

	private final String where;

	public BadInputException(String where, String message) {
		super(where + ": " + message);
		this.where = where;
	}

	public String where() {
		return where;
	}

}
