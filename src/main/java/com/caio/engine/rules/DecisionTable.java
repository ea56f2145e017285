package com.caio.engine.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A spreadsheet decision table turned into DRL, with the map from generated DRL lines
 * back to the sheet rows a business user edits.
 */
final class DecisionTable {

	private static final Pattern ROW_MARKER = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");

	private final RuleFile file;

	private final String drl;

	private final int[] sheetRowOfLine;

	private final List<String[]> rows;

	private DecisionTable(RuleFile file, String drl, List<String[]> rows) {
		this.file = file;
		this.drl = drl;
		this.rows = rows;
		String[] lines = drl.split("\n", -1);
		this.sheetRowOfLine = new int[lines.length + 2];
		int current = 1;
		for (int i = 0; i < lines.length; i++) {
			Matcher m = ROW_MARKER.matcher(lines[i]);
			if (m.find()) {
				current = Integer.parseInt(m.group(2));
			}
			sheetRowOfLine[i + 1] = current;
		}
	}

	/**
	 * Converts the table, reporting unsafe cells and table-structure errors; returns null
	 * when the table cannot be converted at all.
	 */
	static DecisionTable convert(RuleFile file, Consumer<RuleMessage> messages) {
		List<String[]> rows = List.of();
		if (file.kind() == RuleFile.Kind.DECISION_TABLE_CSV) {
			rows = readCsv(file, messages);
			if (rows == null) {
				return null;
			}
			if (!checkDataCells(file, rows, messages)) {
				return null;
			}
		}
		InputType type = file.kind() == RuleFile.Kind.DECISION_TABLE_CSV ? InputType.CSV : InputType.XLS;
		try {
			String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()), type);
			DecisionTable table = new DecisionTable(file, drl, rows);
			RulePolicy.checkDrl(file.displayPath(), drl, m -> messages.accept(table.map(m.line(), m.message())));
			return table;
		}
		catch (RuntimeException ex) {
			messages
				.accept(RuleMessage.error(file.displayPath(), 1, 1, "not a valid decision table: " + rootMessage(ex)));
			return null;
		}
	}

	String drl() {
		return drl;
	}

	/**
	 * Maps a message at a line of the generated DRL to the sheet row (and, if found,
	 * column).
	 */
	RuleMessage map(int generatedLine, String message) {
		int row = generatedLine > 0 && generatedLine < sheetRowOfLine.length ? sheetRowOfLine[generatedLine] : 1;
		int column = columnOfMessage(row, generatedLine);
		return RuleMessage.error(file.displayPath(), row, column, message);
	}

	private int columnOfMessage(int row, int generatedLine) {
		if (row < 1 || row > rows.size() || generatedLine < 1) {
			return 1;
		}
		String[] lines = drl.split("\n", -1);
		String line = generatedLine <= lines.length ? lines[generatedLine - 1] : "";
		String[] cells = rows.get(row - 1);
		for (int c = 0; c < cells.length; c++) {
			String cell = cells[c].trim();
			if (!cell.isEmpty() && !line.isBlank() && line.contains(cell) && c > 0) {
				return c + 1;
			}
		}
		return 1;
	}

	private static List<String[]> readCsv(RuleFile file, Consumer<RuleMessage> messages) {
		List<String[]> rows = new ArrayList<>();
		try (CSVReader reader = new CSVReader(
				new InputStreamReader(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8))) {
			String[] row;
			while ((row = reader.readNext()) != null) {
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | CsvValidationException ex) {
			messages.accept(RuleMessage.error(file.displayPath(), rows.size() + 1, 1,
					"cannot read the table as CSV: " + ex.getMessage()));
			return null;
		}
	}

	/**
	 * Data rows follow the five header rows under a RuleTable cell, up to the first blank
	 * row.
	 */
	private static boolean checkDataCells(RuleFile file, List<String[]> rows, Consumer<RuleMessage> messages) {
		boolean ok = true;
		for (int r = 0; r < rows.size(); r++) {
			if (!startsRuleTable(rows.get(r))) {
				continue;
			}
			for (int d = r + 5; d < rows.size() && !isBlank(rows.get(d)); d++) {
				String[] cells = rows.get(d);
				for (int c = 0; c < cells.length; c++) {
					String reason = RulePolicy.unsafeCellReason(cells[c]);
					if (reason != null) {
						messages.accept(RuleMessage.error(file.displayPath(), d + 1, c + 1, reason));
						ok = false;
					}
				}
			}
		}
		return ok;
	}

	private static boolean startsRuleTable(String[] row) {
		for (String cell : row) {
			if (cell.trim().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isBlank(String[] row) {
		for (String cell : row) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

}
