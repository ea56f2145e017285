package com.caio.engine.csv;

/**
 * The file cannot be read as CSV past this point: it names the line (and column if
 * known).
 */
public class CsvFormatException extends Exception {

	private final long line;

	private final int column;

	public CsvFormatException(long line, int column, String message) {
		super(message);
		this.line = line;
		this.column = column;
	}

	public long line() {
		return line;
	}

	public int column() {
		return column;
	}

	/** {@code name:line:column: message}, the form compilers use. */
	public String describe(String fileName) {
		return fileName + ":" + line + ":" + Math.max(column, 1) + ": " + getMessage();
	}

}
