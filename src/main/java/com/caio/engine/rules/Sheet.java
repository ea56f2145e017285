package com.caio.engine.rules;

import java.util.List;

/**
 * The cells of a decision table as read once from its file (CSV or spreadsheet): the only
 * copy that is checked and the only copy handed to Drools.
 *
 * @param rows rows of cell values, trailing empty cells and rows removed
 * @param mergedStart for each cell, the first column of the merged region it belongs to,
 * or -1 when not merged (spreadsheets only)
 */
record Sheet(List<List<String>> rows, List<List<Integer>> mergedStart) {

	/** The column as a spreadsheet shows it: 1 is A, 27 is AA. */
	static String columnLetter(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

	/** The 0-based cell, or "" beyond the row's end. */
	String cell(int row, int column) {
		if (row < 0 || row >= rows.size()) {
			return "";
		}
		List<String> cells = rows.get(row);
		return column < cells.size() ? cells.get(column) : "";
	}

	int merged(int row, int column) {
		List<Integer> starts = row < mergedStart.size() ? mergedStart.get(row) : List.of();
		return column < starts.size() ? starts.get(column) : -1;
	}

}
