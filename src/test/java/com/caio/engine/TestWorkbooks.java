package com.caio.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A rule table as a business user's workbook ({@code .drl.xlsx}): its rows in the first
 * sheet, whole numbers as numbers and blank cells left out, as a spreadsheet saves it.
 */
public final class TestWorkbooks {

	private TestWorkbooks() {
	}

	/**
	 * @param notes when given, a second sheet "Notes" whose first cell holds it (a sheet
	 * of the user's own that the rules do not read)
	 */
	public static byte[] table(List<List<String>> rows, String notes) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Bands");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (value.matches("\\d+")) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else if (!value.isEmpty()) {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			if (notes != null) {
				book.createSheet("Notes").createRow(0).createCell(0).setCellValue(notes);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
