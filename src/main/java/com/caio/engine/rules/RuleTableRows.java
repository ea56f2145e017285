package com.caio.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data rows of a decision table file, each named by its NAME cell (the row label a
 * business user reads, e.g. "RISK-BAND-CRIT Critical from 15"), read through the same
 * sheet reader the compiler uses (BOM, separators, xlsx). For comparing two versions of a
 * table row by row.
 */
public final class RuleTableRows {

	/**
	 * @param label the row's NAME cell, or "row N" when the table has no NAME column or
	 * the cell is empty
	 * @param row the spreadsheet row number (from 1)
	 * @param cells the row's cells from the table's first column, trimmed
	 */
	public record Row(String label, int row, List<String> cells) {
	}

	private RuleTableRows() {
	}

	/**
	 * @param path the file's path below the rules folder (its name says whether it is a
	 * table)
	 * @return the data rows of every rule table in the file, in order; empty when the
	 * file is not a decision table or cannot be read as one
	 */
	public static Optional<List<Row>> of(String path, byte[] content) {
		RuleFile.Kind kind = RuleFile.kindOf(path);
		if (kind != RuleFile.Kind.DECISION_TABLE_CSV && kind != RuleFile.Kind.DECISION_TABLE_XLSX) {
			return Optional.empty();
		}
		int slash = path.indexOf('/');
		RuleFile file = new RuleFile(slash < 0 ? "" : path.substring(0, slash), path, path, kind, content);
		Sheet sheet = SheetReader.read(file, message -> {
		});
		if (sheet == null) {
			return Optional.empty();
		}
		List<Row> rows = new ArrayList<>();
		List<List<String>> cells = sheet.rows();
		for (int r = 0; r < cells.size(); r++) {
			int c0 = tableColumn(cells.get(r));
			if (c0 < 0) {
				continue;
			}
			int nameColumn = nameColumn(sheet, r + 1, c0);
			int d = r + 5;
			while (d < cells.size() && tableColumn(cells.get(d)) < 0 && hasCellFrom(cells.get(d), c0)) {
				List<String> row = cells.get(d);
				List<String> values = row.subList(c0, row.size()).stream().map(String::trim).toList();
				String label = nameColumn < 0 ? "" : sheet.cell(d, nameColumn).trim();
				rows.add(new Row(label.isEmpty() ? "row " + (d + 1) : label, d + 1, values));
				d++;
			}
			r = d - 1;
		}
		return Optional.of(rows);
	}

	private static int tableColumn(List<String> row) {
		for (int c = 0; c < row.size(); c++) {
			if (row.get(c).trim().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
				return c;
			}
		}
		return -1;
	}

	private static int nameColumn(Sheet sheet, int kindRow, int c0) {
		if (kindRow >= sheet.rows().size()) {
			return -1;
		}
		List<String> kinds = sheet.rows().get(kindRow);
		for (int c = c0; c < kinds.size(); c++) {
			if (kinds.get(c).trim().equalsIgnoreCase("name")) {
				return c;
			}
		}
		return -1;
	}

	private static boolean hasCellFrom(List<String> row, int c0) {
		for (int c = c0; c < row.size(); c++) {
			if (!row.get(c).isBlank()) {
				return true;
			}
		}
		return false;
	}

}
