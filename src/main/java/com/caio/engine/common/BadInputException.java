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

	private BadInputException(long line, int column, String message) {
		super(line, column, message, null);
	}

	/**
	 * Refused at a line and column of a named file (an attached CSV, say): the refusal
	 * carries all three, so the command line, the API's {@code line}/{@code column} and
	 * the pages name that file, not the main one.
	 */
	public static BadInputException at(String file, long line, int column, String message) {
		return (BadInputException) new BadInputException(line, Math.max(1, column), message).inFile(file);
	}

}
