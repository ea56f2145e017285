package com.caio.engine.ruleeditor;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid of a decision table as the editor shows it: the locked rows above the first
 * table's data (properties, RuleTable, column kinds, pattern, code and titles), its data
 * rows, and whatever follows; and the same table rebuilt from the cells a form sent, with
 * a row added, removed or moved.
 */
public record GridForm(List<List<String>> locked, List<List<String>> data, List<List<String>> after, int columns) {

	/** The grid of a sheet's first rule table; null when the sheet has none. */
	static GridForm of(List<List<String>> rows) {
		List<GridTable> tables = GridTable.all(rows);
		if (tables.isEmpty()) {
			return null;
		}
		GridTable table = tables.get(0);
		int first = table.headerRow() + 5;
		int end = table.dataRows().isEmpty() ? first : table.dataRows().get(table.dataRows().size() - 1) + 1;
		int columns = rows.stream().mapToInt(List::size).max().orElse(1);
		return new GridForm(pad(rows.subList(0, Math.min(first, rows.size())), columns),
				pad(rows.subList(Math.min(first, rows.size()), Math.min(end, rows.size())), columns),
				pad(rows.subList(Math.min(end, rows.size()), rows.size()), columns), columns);
	}

	/** The sheet row (1-based) of data row {@code index}. */
	public int sheetRow(int index) {
		return locked.size() + index + 1;
	}

	/**
	 * This grid with its data rows replaced by the cells sent (row by row), then the
	 * action applied: {@code add}, {@code remove:N}, {@code up:N}, {@code down:N}.
	 */
	GridForm with(List<String> cells, String action) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i + columns <= cells.size(); i += columns) {
			rows.add(new ArrayList<>(cells.subList(i, i + columns)));
		}
		String[] parts = action == null ? new String[] { "save" } : action.split(":");
		int n = parts.length > 1 && parts[1].matches("\\d{1,6}") ? Integer.parseInt(parts[1]) : -1;
		switch (parts[0]) {
			case "add" -> rows.add(new ArrayList<>(java.util.Collections.nCopies(columns, "")));
			case "remove" -> {
				if (n >= 0 && n < rows.size()) {
					rows.remove(n);
				}
			}
			case "up" -> swap(rows, n, n - 1);
			case "down" -> swap(rows, n, n + 1);
			default -> {
			}
		}
		return new GridForm(locked, rows, after, columns);
	}

	/** The whole sheet, blank data rows dropped (a blank row would end the table). */
	List<List<String>> sheet() {
		List<List<String>> sheet = new ArrayList<>(locked);
		data.stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).forEach(sheet::add);
		sheet.addAll(after);
		return sheet;
	}

	private static void swap(List<List<String>> rows, int a, int b) {
		if (a >= 0 && b >= 0 && a < rows.size() && b < rows.size()) {
			java.util.Collections.swap(rows, a, b);
		}
	}

	private static List<List<String>> pad(List<List<String>> rows, int columns) {
		List<List<String>> padded = new ArrayList<>();
		for (List<String> row : rows) {
			List<String> cells = new ArrayList<>(row);
			while (cells.size() < columns) {
				cells.add("");
			}
			padded.add(cells);
		}
		return padded;
	}

}
