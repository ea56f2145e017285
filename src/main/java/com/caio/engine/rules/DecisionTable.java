package com.caio.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.DRLOutput;
import org.drools.template.model.Package;
import org.drools.template.parser.DataListener;

/**
 * A spreadsheet decision table read once ({@link SheetReader}), its cells checked against
 * their column's type, and those same checked cells handed to Drools' own table listener
 * to make DRL; with the map from generated DRL lines back to the sheet rows a business
 * user edits.
 */
final class DecisionTable {

	private static final Pattern ROW_MARKER = Pattern.compile("//\\s*rule values at ([A-Z]+)(\\d+)");

	/** A rule name that starts with its id, e.g. "RISK-BAND-CRIT Critical from 15". */
	private static final Pattern RULE_WITH_ID = Pattern
		.compile("(?m)^rule \"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\\b[^\"\\n]*\"$");

	private final RuleFile file;

	private final String drl;

	private final int[] sheetRowOfLine;

	/**
	 * The generated DRL's lines, split once: the catalogue maps every rule through them.
	 */
	private final String[] lines;

	private final Sheet sheet;

	/** See {@link #titleRows()}; computed on first use. */
	private volatile int[] titleRows;

	private DecisionTable(RuleFile file, String drl, Sheet sheet) {
		this.file = file;
		this.drl = drl;
		this.sheet = sheet;
		this.lines = drl.split("\n", -1);
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
	 * Reads and checks the table, reporting every refused cell at its row and column;
	 * returns null when any cell was refused or the table cannot be converted.
	 */
	static DecisionTable convert(RuleFile file, Consumer<RuleMessage> messages) {
		Sheet sheet = SheetReader.read(file, messages);
		if (sheet == null) {
			return null;
		}
		List<RuleMessage> refused = new ArrayList<>();
		Sheet checked = new TableCells(file, sheet, refused::add).check();
		refused.forEach(messages);
		if (!refused.isEmpty()) {
			return null;
		}
		try {
			String drl = toDrl(checked);
			DecisionTable table = new DecisionTable(file, drl, sheet);
			RulePolicy.checkDrl(file.displayPath(), drl, m -> messages.accept(table.map(m.line(), m.message())));
			return table;
		}
		catch (RuntimeException ex) {
			messages
				.accept(RuleMessage.error(file.displayPath(), 1, 1, "not a valid decision table: " + rootMessage(ex)));
			return null;
		}
	}

	/**
	 * Hands the checked cells to Drools' table listener, the only reader of rule tables.
	 */
	private static String toDrl(Sheet cells) {
		DefaultRuleSheetListener listener = new DefaultRuleSheetListener(true, true);
		listener.startSheet("table");
		for (int r = 0; r < cells.rows().size(); r++) {
			List<String> row = cells.rows().get(r);
			listener.newRow(r, row.size());
			for (int c = 0; c < row.size(); c++) {
				int merged = cells.merged(r, c);
				listener.newCell(r, c, row.get(c), merged < 0 ? DataListener.NON_MERGED : merged);
			}
		}
		listener.finishSheet();
		Package ruleSet = listener.getRuleSet();
		DRLOutput out = new DRLOutput();
		ruleSet.renderDRL(out);
		// a row's name starts with its rule id; the id becomes the rule's @id, as in DRL
		// files
		return RULE_WITH_ID.matcher(out.getDRL()).replaceAll("$0\n\t@id(\"$1\")");
	}

	String drl() {
		return drl;
	}

	/**
	 * The values a table row sets, as "column title: value", for the rule catalogue; the
	 * title row is the one above the first data row.
	 */
	List<String> policyOfRow(int row) {
		List<String> values = new ArrayList<>();
		int titles = row - 1 < titleRows().length && row >= 1 ? titleRows()[row - 1] : -1;
		if (titles < 0 || row - 1 >= sheet.rows().size()) {
			return values;
		}
		List<String> cells = sheet.rows().get(row - 1);
		for (int c = 1; c < cells.size(); c++) {
			if (!cells.get(c).isBlank()) {
				values.add(sheet.cell(titles, c).replaceAll("\\s*\\[[^\\]]*\\]\\s*$", "") + ": " + cells.get(c).trim());
			}
		}
		return values;
	}

	/**
	 * For each sheet row (0-based), the index of the titles row of the rule table above
	 * it, or -1: found in one pass, since the catalogue asks for every row of a table.
	 */
	private int[] titleRows() {
		int[] titles = titleRows;
		if (titles == null) {
			titles = new int[sheet.rows().size()];
			int current = -1;
			for (int r = 0; r < titles.length; r++) {
				titles[r] = current;
				if (sheet.rows()
					.get(r)
					.stream()
					.anyMatch(c -> c.trim().toLowerCase(Locale.ROOT).startsWith("ruletable"))) {
					current = r + 4;
				}
			}
			titleRows = titles;
		}
		return titles;
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
		if (row < 1 || row > sheet.rows().size() || generatedLine < 1) {
			return 1;
		}
		String line = generatedLine <= lines.length ? lines[generatedLine - 1] : "";
		List<String> cells = sheet.rows().get(row - 1);
		for (int c = 1; c < cells.size(); c++) {
			String cell = cells.get(c).trim();
			if (!cell.isEmpty() && !line.isBlank() && line.contains(cell)) {
				return c + 1;
			}
		}
		return 1;
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

	/**
	 * Walks the sheet as Drools' listener will (properties, then rule tables: the header
	 * row, the column kinds, the patterns, the code, the titles, then data rows up to the
	 * first empty row) and checks each cell; returns the cells to hand on, with text
	 * values escaped.
	 */
	private static final class TableCells {

		private static final List<String> PROPERTIES = List.of("ruleset", "import", "notes");

		private static final Map<String, String> COLUMN_KINDS = Map.ofEntries(Map.entry("name", "NAME"),
				Map.entry("n", "NAME"), Map.entry("description", "DESCRIPTION"), Map.entry("i", "DESCRIPTION"),
				Map.entry("condition", "CONDITION"), Map.entry("c", "CONDITION"), Map.entry("action", "ACTION"),
				Map.entry("a", "ACTION"), Map.entry("metadata", "METADATA"), Map.entry("@", "METADATA"),
				Map.entry("priority", "PRIORITY"), Map.entry("p", "PRIORITY"));

		private static final Pattern TABLE_NAME = Pattern.compile("(?i)ruletable[\\w \\-.]*");

		private final RuleFile file;

		private final Sheet sheet;

		private final Consumer<RuleMessage> messages;

		private final List<List<String>> out = new ArrayList<>();

		/** Columns whose code takes $1, $2 ...: Drools splits their cells at commas. */
		private final java.util.Set<Integer> multiParameter = new java.util.HashSet<>();

		TableCells(RuleFile file, Sheet sheet, Consumer<RuleMessage> messages) {
			this.file = file;
			this.sheet = sheet;
			this.messages = messages;
			sheet.rows().forEach(row -> out.add(new ArrayList<>(row)));
		}

		Sheet check() {
			int r = 0;
			while (r < sheet.rows().size()) {
				int tableColumn = tableStart(r);
				if (tableColumn < 0) {
					checkProperty(r);
					r++;
				}
				else {
					r = checkTable(r, tableColumn);
				}
			}
			return new Sheet(out.stream().map(List::copyOf).toList(), sheet.mergedStart());
		}

		private int tableStart(int r) {
			List<String> row = sheet.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				if (row.get(c).trim().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
					return c;
				}
			}
			return -1;
		}

		private void checkProperty(int r) {
			List<String> row = sheet.rows().get(r);
			for (int c = 0; c < row.size(); c++) {
				String key = row.get(c).trim();
				if (key.isEmpty()) {
					continue;
				}
				if (!PROPERTIES.contains(key.toLowerCase(Locale.ROOT))) {
					refuse(r, c, "'" + shorten(key)
							+ "': outside a RuleTable a row starts with RuleSet, Import or Notes (functions, globals,"
							+ " queries, declarations and other settings are not allowed in rule tables)");
				}
				else if (key.equalsIgnoreCase("import")) {
					for (int v = c + 1; v < row.size(); v++) {
						for (String name : row.get(v).split(",")) {
							String reason = TypePolicy.importRefusal(name.trim());
							if (!name.isBlank() && reason != null) {
								refuse(r, v, reason);
							}
						}
					}
				}
				return;
			}
		}

		/** Checks one rule table starting at row r; returns the row after it. */
		private int checkTable(int r, int c0) {
			String name = sheet.cell(r, c0).trim();
			if (!TABLE_NAME.matcher(name).matches()) {
				refuse(r, c0, "a RuleTable name is letters, digits, spaces, '-', '_' and '.'");
			}
			Map<Integer, String> kinds = new HashMap<>();
			Map<Integer, ColumnType> types = new HashMap<>();
			List<String> kindRow = sheet.rows().size() > r + 1 ? sheet.rows().get(r + 1) : List.of();
			for (int c = c0; c < kindRow.size(); c++) {
				String word = kindRow.get(c).trim();
				if (word.isEmpty()) {
					continue;
				}
				String kind = COLUMN_KINDS.get(word.toLowerCase(Locale.ROOT));
				if (kind == null) {
					refuse(r + 1, c, "column kind '" + shorten(word)
							+ "' is not allowed; use NAME, DESCRIPTION, CONDITION, ACTION, METADATA or PRIORITY");
					continue;
				}
				kinds.put(c, kind);
				types.put(c, typeOf(r, c, kind));
				if (sheet.cell(r + 3, c).matches("(?s).*\\$\\d.*")) {
					multiParameter.add(c);
				}
			}
			int d = r + 5;
			while (d < sheet.rows().size() && hasCellFrom(d, c0)) {
				if (tableStart(d) >= 0) {
					return d;
				}
				checkDataRow(d, c0, kinds, types);
				d++;
			}
			return d;
		}

		private ColumnType typeOf(int r, int c, String kind) {
			return switch (kind) {
				case "NAME", "DESCRIPTION" -> ColumnType.NAME_COLUMN;
				case "PRIORITY" -> new ColumnType(ColumnType.Kind.INTEGER, false, null, null, List.of());
				default -> {
					String template = sheet.cell(r + 3, c);
					if (template.contains("forall(")) {
						refuse(r + 3, c, "forall(...) templates are not supported; write one condition per column");
						yield null;
					}
					Object type = ColumnType.of(sheet.cell(r + 4, c), template);
					if (type instanceof String message) {
						refuse(r + 4, c, message);
						yield null;
					}
					yield (ColumnType) type;
				}
			};
		}

		private void checkDataRow(int d, int c0, Map<Integer, String> kinds, Map<Integer, ColumnType> types) {
			List<String> row = sheet.rows().get(d);
			for (int c = c0; c < row.size(); c++) {
				String value = row.get(c).trim();
				if (value.isEmpty()) {
					continue;
				}
				if (!kinds.containsKey(c)) {
					refuse(d, c, "a value in a column without CONDITION, ACTION or NAME above it");
					continue;
				}
				ColumnType type = types.get(c);
				if (type == null) {
					continue;
				}
				boolean multi = multiParameter.contains(c);
				List<String> parts = multi ? List.of(value.split(",", -1)) : List.of(value);
				List<String> pasted = new ArrayList<>();
				for (String part : parts) {
					String reason = type.refusal(part.trim());
					if (reason != null) {
						refuse(d, c,
								reason + " (column " + Sheet.columnLetter(c + 1) + " holds " + type.describe() + ")");
					}
					pasted.add(type.pasted(part.trim()));
				}
				out.get(d).set(c, String.join(",", pasted));
			}
		}

		private boolean hasCellFrom(int r, int c0) {
			List<String> row = sheet.rows().get(r);
			for (int c = c0; c < row.size(); c++) {
				if (!row.get(c).isBlank()) {
					return true;
				}
			}
			return false;
		}

		private void refuse(int r, int c, String message) {
			messages.accept(RuleMessage.error(file.displayPath(), r + 1, c + 1, message));
		}

		private static String shorten(String text) {
			return text.length() > 40 ? text.substring(0, 40) + "..." : text;
		}

	}

}
