package com.caio.engine.csv;

/**
 * One record of a CSV file.
 *
 * @param line the physical line the record starts on (1-based, the header is line 1)
 */
public record CsvRow(long line, String[] values) {

	public String value(int index) {
		return index < values.length ? values[index] : "";
	}
}
