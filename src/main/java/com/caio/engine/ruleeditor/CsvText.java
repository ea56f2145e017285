package com.caio.engine.ruleeditor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A grid of cells written back as a comma-separated decision table (CRLF-free, UTF-8
 * without BOM): a cell with a comma, quote, line break or outer space is quoted, quotes
 * doubled.
 */
final class CsvText {

	private CsvText() {
	}

	static String write(List<List<String>> rows) {
		return rows.stream()
			.map(row -> row.stream().map(CsvText::cell).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	private static String cell(String value) {
		String v = value == null ? "" : value;
		boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
				|| !v.equals(v.strip());
		return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}

}
