package com.caio.engine.csv;

import com.caio.engine.common.Refusal;

/**
 * The file cannot be read as CSV past this point: it names the line (and column if
 * known). The reader does not know the file's name; {@link #describe(String)} adds it.
 */
public class CsvFormatException extends Refusal {

	public CsvFormatException(long line, int column, String message) {
		super(line, column, message, null);
	}

}
