package com.caio.engine.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a decision table the way spreadsheets save it: CSV in UTF-8 with or without a
 * byte-order mark, separated by commas, semicolons or tabs, CRLF or LF, trailing empty
 * cells and rows; or the first sheet of a {@code .drl.xlsx}. Quotes follow RFC 4180 (a
 * quote inside a quoted cell is doubled, no backslash escapes); a quote left open at the
 * end of its line is an error at the cell it opened, never a reason to swallow rows.
 */
final class SheetReader {

	private static final int MAX_ROWS = 100_000;

	private SheetReader() {
	}

	static Sheet read(RuleFile file, Consumer<RuleMessage> messages) {
		return file.kind() == RuleFile.Kind.DECISION_TABLE_CSV ? readCsv(file, messages) : readWorkbook(file, messages);
	}

	static Sheet readCsv(RuleFile file, Consumer<RuleMessage> messages) {
		String text = decode(file, messages);
		if (text == null) {
			return null;
		}
		String[] lines = text.split("\r\n|\n|\r", -1);
		if (lines.length > MAX_ROWS) {
			messages.accept(RuleMessage.error(file.displayPath(), MAX_ROWS + 1, 1,
					"a rule table has at most " + MAX_ROWS + " rows"));
			return null;
		}
		char separator = separator(lines);
		List<List<String>> rows = new ArrayList<>();
		boolean ok = true;
		for (int i = 0; i < lines.length; i++) {
			List<String> cells = splitLine(file, i + 1, lines[i], separator, messages);
			ok &= cells != null;
			rows.add(cells == null ? List.of() : trimTrailing(cells));
		}
		return ok ? sheet(rows, null) : null;
	}

	private static String decode(RuleFile file, Consumer<RuleMessage> messages) {
		byte[] bytes = file.content();
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = start; i < in.position(); i++) {
				line += bytes[i] == '\n' ? 1 : 0;
			}
			messages.accept(RuleMessage.error(file.displayPath(), line, 1,
					"the table is not UTF-8 text; save it as \"CSV UTF-8\" (with or without BOM)"));
			return null;
		}
		return out.flip().toString();
	}

	/**
	 * The separator is the one of comma, semicolon and tab that occurs most often outside
	 * quotes in the first non-empty line (a rule table starts with "RuleSet,name").
	 */
	static char separator(String[] lines) {
		for (String line : lines) {
			if (line.isBlank()) {
				continue;
			}
			int comma = 0;
			int semicolon = 0;
			int tab = 0;
			boolean quoted = false;
			for (char c : line.toCharArray()) {
				quoted ^= c == '"';
				if (!quoted) {
					comma += c == ',' ? 1 : 0;
					semicolon += c == ';' ? 1 : 0;
					tab += c == '\t' ? 1 : 0;
				}
			}
			if (tab > comma && tab >= semicolon) {
				return '\t';
			}
			return semicolon > comma ? ';' : ',';
		}
		return ',';
	}

	private static List<String> splitLine(RuleFile file, int row, String line, char separator,
			Consumer<RuleMessage> messages) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		int i = 0;
		while (true) {
			int column = cells.size() + 1;
			if (i < line.length() && line.charAt(i) == '"') {
				int j = i + 1;
				while (true) {
					if (j >= line.length()) {
						messages.accept(RuleMessage.error(file.displayPath(), row, column,
								"the quote that opens this cell is not closed on its line; close it with \" "
										+ "(write \"\" for a quote inside a cell; a cell is one line)"));
						return null;
					}
					char c = line.charAt(j);
					if (c == '"' && j + 1 < line.length() && line.charAt(j + 1) == '"') {
						cell.append('"');
						j += 2;
					}
					else if (c == '"') {
						j++;
						break;
					}
					else {
						cell.append(c);
						j++;
					}
				}
				if (j < line.length() && line.charAt(j) != separator) {
					messages.accept(RuleMessage.error(file.displayPath(), row, column,
							"text after the closing quote of this cell; a quoted cell ends at its quote"));
					return null;
				}
				i = j;
			}
			else {
				int end = line.indexOf(separator, i);
				end = end < 0 ? line.length() : end;
				cell.append(line, i, end);
				i = end;
			}
			cells.add(cell.toString());
			cell.setLength(0);
			if (i >= line.length()) {
				return cells;
			}
			i++;
		}
	}

	private static Sheet readWorkbook(RuleFile file, Consumer<RuleMessage> messages) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
			if (workbook.getNumberOfSheets() == 0) {
				messages.accept(RuleMessage.error(file.displayPath(), 1, 1, "the workbook has no sheet"));
				return null;
			}
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() >= MAX_ROWS) {
				messages.accept(RuleMessage.error(file.displayPath(), MAX_ROWS + 1, 1,
						"a rule table has at most " + MAX_ROWS + " rows"));
				return null;
			}
			List<List<String>> rows = new ArrayList<>();
			List<List<Integer>> merged = new ArrayList<>();
			boolean ok = true;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				List<Integer> starts = new ArrayList<>();
				int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
				for (int c = 0; c < last; c++) {
					CellRangeAddress region = regionOf(sheet, r, c);
					Cell cell = region == null ? row.getCell(c)
							: cellAt(sheet, region.getFirstRow(), region.getFirstColumn());
					String value = valueOf(file, r + 1, c + 1, cell, messages);
					ok &= value != null;
					cells.add(value == null ? "" : value);
					starts.add(region == null || region.getFirstColumn() == region.getLastColumn() ? -1
							: region.getFirstColumn());
				}
				rows.add(cells);
				merged.add(starts);
			}
			return ok ? sheet(rows, merged) : null;
		}
		catch (IOException | RuntimeException ex) {
			messages.accept(RuleMessage.error(file.displayPath(), 1, 1,
					"cannot read the workbook (" + ex.getClass().getSimpleName() + "); save it as .xlsx"));
			return null;
		}
	}

	private static CellRangeAddress regionOf(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.isInRange(row, column)) {
				return region;
			}
		}
		return null;
	}

	private static Cell cellAt(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		return r == null ? null : r.getCell(column);
	}

	/**
	 * The value a person typed: numbers without display formatting, dates as ISO dates.
	 * Formulas are refused: a rule table holds values.
	 */
	private static String valueOf(RuleFile file, int row, int column, Cell cell, Consumer<RuleMessage> messages) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			messages.accept(RuleMessage.error(file.displayPath(), row, column,
					"a formula in a rule table; type the value itself"));
			return null;
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case NUMERIC ->
				DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
						: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			default -> "";
		};
	}

	private static Sheet sheet(List<List<String>> rows, List<List<Integer>> merged) {
		List<List<String>> trimmed = new ArrayList<>();
		List<List<Integer>> starts = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = trimTrailing(rows.get(r));
			trimmed.add(List.copyOf(cells));
			List<Integer> s = merged == null || r >= merged.size() ? List.of() : merged.get(r);
			starts.add(List.copyOf(s.subList(0, Math.min(s.size(), cells.size()))));
		}
		int end = trimmed.size();
		while (end > 0 && trimmed.get(end - 1).isEmpty()) {
			end--;
		}
		return new Sheet(List.copyOf(trimmed.subList(0, end)), List.copyOf(starts.subList(0, end)));
	}

	private static List<String> trimTrailing(List<String> cells) {
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isBlank()) {
			end--;
		}
		return cells.subList(0, end);
	}

}
