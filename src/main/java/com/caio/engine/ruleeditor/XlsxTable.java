package com.caio.engine.ruleeditor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.EditableTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.http.HttpStatus;

/**
 * A decision table saved as a spreadsheet ({@code .drl.xlsx}), written back from its
 * grid: the workbook the business user uploaded is kept (its other sheets, styles,
 * widths, merged header cells) and only the cells whose value the grid changed are
 * rewritten in the first sheet, the one the rule loader reads; rows the grid no longer
 * has are removed. A number stays a number where the cell held one.
 */
final class XlsxTable {

	private XlsxTable() {
	}

	static boolean isWorkbook(String path) {
		return path.toLowerCase(java.util.Locale.ROOT).endsWith(".drl.xlsx");
	}

	/** The same table as CSV text's path, for checking the grid's cells by one policy. */
	static String csvTwin(String path) {
		return path.substring(0, path.length() - ".xlsx".length()) + ".csv";
	}

	static byte[] write(String path, byte[] original, List<List<String>> rows) {
		List<List<String>> before = EditableTable.rows(path, original, new ArrayList<>()).orElse(List.of());
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(original));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r < rows.size(); r++) {
				List<String> now = rows.get(r);
				List<String> was = r < before.size() ? before.get(r) : List.of();
				for (int c = 0; c < Math.max(now.size(), was.size()); c++) {
					String value = c < now.size() ? now.get(c) : "";
					String old = c < was.size() ? was.get(c) : "";
					if (!value.equals(old)) {
						set(sheet, r, c, value);
					}
				}
			}
			for (int r = sheet.getLastRowNum(); r >= rows.size(); r--) {
				Row gone = sheet.getRow(r);
				if (gone != null) {
					sheet.removeRow(gone);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new EditorProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Workbook not written",
					"'" + path + "' could not be written back as a workbook (" + ex.getClass().getSimpleName()
							+ "); save it as " + csvTwin(path).substring(csvTwin(path).lastIndexOf('/') + 1)
							+ " instead");
		}
	}

	private static void set(Sheet sheet, int r, int c, String value) {
		int row = r;
		int column = c;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.isInRange(r, c)) {
				// a merged cell shows its first cell's value: that is the one written
				row = region.getFirstRow();
				column = region.getFirstColumn();
			}
		}
		Row target = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
		Cell cell = target.getCell(column) != null ? target.getCell(column) : target.createCell(column);
		if (value.isEmpty()) {
			cell.setBlank();
		}
		else if (cell.getCellType() == CellType.NUMERIC && isNumber(value)) {
			cell.setCellValue(Double.parseDouble(value));
		}
		else {
			cell.setCellValue(value);
		}
	}

	private static boolean isNumber(String value) {
		return value.matches("-?\\d+(\\.\\d+)?");
	}

}
