package com.caio.engine.onboarding.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.caio.engine.onboarding.OnboardingResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan as a consultant's working sheet (XLSX): the milestones with dates, RACI and
 * state, the steering meetings, and the story's criteria. Dates are real date cells; text
 * that a spreadsheet would read as a formula is prefixed with an apostrophe (OWASP).
 */
public final class PlanWorkbook {

	private PlanWorkbook() {
	}

	public static byte[] render(OnboardingResult r) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle header = book.createCellStyle();
			Font bold = book.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("ddd d mmm yyyy"));
			Sheet plan = book.createSheet("90-day plan");
			header(plan, header, "Week", "Milestone", "Primary deliverable", "Due date", "Day", "Accountable",
					"Responsible", "Consulted", "Informed", "Stakeholders to engage", "State", "Done on");
			int i = 1;
			for (OnboardingResult.Milestone m : r.milestones()) {
				Row row = plan.createRow(i++);
				row.createCell(0).setCellValue(m.week());
				text(row, 1, m.name());
				text(row, 2, m.deliverable() == null ? "" : m.deliverable());
				date(row, 3, m.dueDate(), date);
				row.createCell(4).setCellValue(m.dueDay());
				text(row, 5, m.accountable());
				text(row, 6, String.join(", ", m.responsible()));
				text(row, 7, String.join(", ", m.consulted()));
				text(row, 8, String.join(", ", m.informed()));
				text(row, 9, String.join(", ", m.stakeholders()));
				text(row, 10, state(m.state()));
				date(row, 11, m.doneDate(), date);
			}
			widths(plan, 7, 48, 24, 16, 6, 14, 16, 20, 20, 60, 12, 16);
			plan.createFreezePane(2, 1);
			Sheet steering = book.createSheet("Steering meetings");
			header(steering, header, "Meeting", "Date");
			List<LocalDate> meetings = r.steeringMeetings();
			for (int k = 0; k < meetings.size(); k++) {
				Row row = steering.createRow(k + 1);
				row.createCell(0).setCellValue(k + 1);
				date(row, 1, meetings.get(k), date);
			}
			widths(steering, 10, 18);
			Sheet criteria = book.createSheet("Story criteria");
			header(criteria, header, "Criterion", "Due date", "Day", "State", "Done on");
			i = 1;
			for (OnboardingResult.CriterionState c : r.criteria()) {
				Row row = criteria.createRow(i++);
				text(row, 0, c.title());
				date(row, 1, c.dueDate(), date);
				row.createCell(2).setCellValue(c.dueDay());
				text(row, 3, state(c.state()));
				date(row, 4, c.doneDate(), date);
			}
			widths(criteria, 60, 18, 6, 12, 18);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String state(String state) {
		if (state == null) {
			return "";
		}
		return switch (state) {
			case "met" -> "Done on time";
			case "late" -> "Done late";
			case "missed" -> "Overdue";
			default -> "Open";
		};
	}

	private static void header(Sheet sheet, CellStyle style, String... names) {
		Row row = sheet.createRow(0);
		for (int c = 0; c < names.length; c++) {
			row.createCell(c).setCellValue(names[c]);
			row.getCell(c).setCellStyle(style);
		}
	}

	private static void text(Row row, int column, String value) {
		boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
		row.createCell(column).setCellValue(formula ? "'" + value : value);
	}

	private static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
			row.getCell(column).setCellStyle(style);
		}
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int c = 0; c < characters.length; c++) {
			sheet.setColumnWidth(c, characters[c] * 256);
		}
	}

}
