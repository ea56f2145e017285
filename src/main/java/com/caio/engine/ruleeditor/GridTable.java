package com.caio.engine.ruleeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a rule table sits in a sheet: the {@code RuleTable} row, then the column kinds
 * (NAME, CONDITION, ACTION ...), the pattern row, the code row and the title row, all
 * locked in the editor; then its data rows, up to the first empty row. Rows and columns
 * are 0-based.
 */
record GridTable(int headerRow, List<String> kinds, List<Integer> dataRows) {

	int codeRow() {
		return headerRow + 3;
	}

	int titleRow() {
		return headerRow + 4;
	}

	/** Every rule table of the sheet. */
	static List<GridTable> all(List<List<String>> rows) {
		List<GridTable> tables = new ArrayList<>();
		int r = 0;
		while (r < rows.size()) {
			if (!isTableStart(rows.get(r))) {
				r++;
				continue;
			}
			List<String> kinds = new ArrayList<>();
			if (r + 1 < rows.size()) {
				rows.get(r + 1).forEach(k -> kinds.add(k.trim().toUpperCase(Locale.ROOT)));
			}
			List<Integer> data = new ArrayList<>();
			int d = r + 5;
			while (d < rows.size() && rows.get(d).stream().anyMatch(c -> !c.isBlank()) && !isTableStart(rows.get(d))) {
				data.add(d++);
			}
			tables.add(new GridTable(r, kinds, data));
			r = Math.max(d, r + 1);
		}
		return tables;
	}

	private static boolean isTableStart(List<String> row) {
		return row.stream().anyMatch(c -> c.trim().toLowerCase(Locale.ROOT).startsWith("ruletable"));
	}

}
