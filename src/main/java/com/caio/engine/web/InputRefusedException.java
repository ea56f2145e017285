package com.caio.engine.web;

import com.caio.engine.csv.CsvFormatException;

/**
 * An uploaded file that could not be read at all; it was kept, and the error names where
 * it broke.
 */
public class InputRefusedException extends RuntimeException {

	private final String fileName;

	private final long line;

	private final int column;

	private final String uploadSha256;

	public InputRefusedException(String fileName, CsvFormatException cause, String uploadSha256) {
		super(cause.describe(fileName), cause);
		this.fileName = fileName;
		this.line = cause.line();
		this.column = cause.column();
		this.uploadSha256 = uploadSha256;
	}

	public String fileName() {
		return fileName;
	}

	public long line() {
		return line;
	}

	public int column() {
		return column;
	}

	public String uploadSha256() {
		return uploadSha256;
	}

}
