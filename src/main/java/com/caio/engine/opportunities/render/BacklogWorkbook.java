package com.caio.engine.opportunities.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.caio.engine.opportunities.OpportunitiesReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The run as a workbook: the ranked backlog, the go/no-go decisions with MVP scope and,
 * for a plan, the time to MVP, RACI, weekly resource plan and coaching. Text that a
 * spreadsheet would take for a formula is prefixed with an apostrophe (OWASP CSV
 * injection).
 */
public final class BacklogWorkbook {

	private BacklogWorkbook() {
	}

	/**
	 * Whether a cell's text would start a formula if typed ({@code =}, {@code +},
	 * {@code -}, {@code @}, tab, carriage return): such a cell is marked as text
	 * (quote-prefixed, as Excel marks it), so that a workshop note cannot become a
	 * formula when edited.
	 */
	static boolean formulaLike(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	public static byte[] render(OpportunitiesReport report) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			if (report.backlog() != null) {
				backlog(book.createSheet("Backlog"), bold, report.backlog());
				decisions(book.createSheet("Go no-go"), bold, report.backlog());
			}
			if (report.mvpPlan() != null) {
				plan(book, bold, report.mvpPlan());
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void backlog(Sheet sheet, CellStyle bold, OpportunitiesReport.Backlog b) {
		header(sheet, bold, "Rank", "Use case", "Target KPI", "Uplift low %", "Uplift likely %", "Uplift high %",
				"Reach per quarter", "Confidence %", "Effort low (person-weeks)", "Effort likely", "Effort high",
				"Score (" + Labels.method(b.method()) + ")", "Risk", "Risk notes", "Mitigation", "Data readiness (1-5)",
				"Owner", "Description");
		int r = 1;
		for (OpportunitiesReport.Ranked x : b.ranked()) {
			row(sheet, r++, x.rank(), x.title(), x.targetKpi(), x.upliftPercent().low(), x.upliftPercent().likely(),
					x.upliftPercent().high(), x.reach(), x.confidencePercent(), x.effortWeeks().low(),
					x.effortWeeks().likely(), x.effortWeeks().high(), Math.round(x.score() * 100) / 100.0,
					Labels.capitalised(x.riskLevel()), x.riskNotes(), x.mitigation(), x.dataReadiness(), x.owner(),
					x.description());
		}
		layout(sheet);
	}

	private static void decisions(Sheet sheet, CellStyle bold, OpportunitiesReport.Backlog b) {
		header(sheet, bold, "Rank", "Use case", "Decision", "Reasons against", "Conditions", "MVP in scope",
				"MVP out of scope", "Target metric", "Uplift band", "Success criteria", "Acceptance criteria");
		int r = 1;
		for (OpportunitiesReport.GoNoGo g : b.goNoGo()) {
			var scope = g.mvpScope();
			row(sheet, r++, g.rank(), g.title(), Labels.decision(g.decision()), String.join("\n", g.reasonsAgainst()),
					String.join("\n", g.conditions()), scope == null ? "" : String.join("\n", scope.in()),
					scope == null ? "" : String.join("\n", scope.out()), scope == null ? "" : scope.targetMetric(),
					scope == null ? ""
							: "+" + com.caio.engine.opportunities.Numbers.plain(scope.upliftLowPercent()) + " to +"
									+ com.caio.engine.opportunities.Numbers.plain(scope.upliftHighPercent()) + "%",
					scope == null ? "" : String.join("\n", scope.successCriteria()),
					scope == null ? "" : String.join("\n", scope.acceptanceCriteria()));
		}
		layout(sheet);
	}

	private static void plan(XSSFWorkbook book, CellStyle bold, OpportunitiesReport.MvpPlan p) {
		Sheet modes = book.createSheet("Time to MVP");
		header(modes, bold, "Delivery", "Mean (working days)", "P50 (working days)", "P50 date", "P80 (working days)",
				"P80 date", "Chance within target");
		int r = 1;
		for (OpportunitiesReport.Mode m : p.modes()) {
			row(modes, r++, m.label(), m.meanDays(), m.p50Days(), Labels.date(m.p50Date()), m.p80Days(),
					Labels.date(m.p80Date()), m.probabilityWithinTarget());
		}
		row(modes, r + 1, "Pilot start", Labels.date(p.pilotStart()));
		row(modes, r + 2, "Target date", Labels.date(p.targetDate()));
		layout(modes);
		Sheet raci = book.createSheet("RACI");
		header(raci, bold, "Task", "Responsible", "Accountable", "Consulted", "Informed");
		r = 1;
		for (OpportunitiesReport.Raci x : p.raci()) {
			row(raci, r++, x.name(), String.join(", ", x.responsible()), String.join(", ", x.accountable()),
					String.join(", ", x.consulted()), String.join(", ", x.informed()));
		}
		layout(raci);
		Sheet weeks = book.createSheet("Resource plan");
		List<String> people = p.resourcePlan().people().stream().map(OpportunitiesReport.PersonLoad::name).toList();
		List<String> head = new ArrayList<>(List.of("Week", "Week starting"));
		head.addAll(people);
		head.add("Fractional hours");
		header(weeks, bold, head.toArray(String[]::new));
		r = 1;
		for (OpportunitiesReport.Week w : p.resourcePlan().weeks()) {
			List<Object> values = new ArrayList<>(List.of(w.week(), Labels.date(w.weekStart())));
			Map<String, Double> hours = w.hours();
			people.forEach(name -> values.add(hours.getOrDefault(name, 0.0)));
			values.add(w.fractionalHours());
			row(weeks, r++, values.toArray());
		}
		layout(weeks);
		Sheet coaching = book.createSheet("Coaching");
		header(coaching, bold, "Person", "Skills", "Sessions", "Hours", "Pairing share", "Outcome", "Measure",
				"Baseline", "Target");
		r = 1;
		for (var c : p.coaching().entries()) {
			row(coaching, r++, c.person(), String.join(", ", c.skills()), c.sessions(), c.hours(), c.pairingShare(),
					c.outcome(), c.measure(), c.baseline(), c.target());
		}
		layout(coaching);
	}

	private static void header(Sheet sheet, CellStyle bold, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(bold);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			Cell cell = row.createCell(i);
			Object v = values[i];
			if (v instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else if (v != null) {
				cell.setCellValue(v.toString());
			}
		}
	}

	/**
	 * Columns as wide as their content (from 6 to 28 characters; longer text wraps), and
	 * a print layout an executive can read: A4 landscape, all columns on one page width,
	 * the header row repeated on every page.
	 */
	private static void layout(Sheet sheet) {
		Row head = sheet.getRow(0);
		CellStyle[] styles = new CellStyle[4];
		for (int k = 0; k < styles.length; k++) {
			styles[k] = sheet.getWorkbook().createCellStyle();
			styles[k].setVerticalAlignment(VerticalAlignment.TOP);
			styles[k].setWrapText((k & 1) == 1);
			styles[k].setQuotePrefixed((k & 2) == 2);
		}
		CellStyle headStyle = sheet.getWorkbook().createCellStyle();
		headStyle.cloneStyleFrom(head.getCell(0).getCellStyle());
		headStyle.setWrapText(true);
		headStyle.setVerticalAlignment(VerticalAlignment.TOP);
		for (int i = 0; i < head.getLastCellNum(); i++) {
			head.getCell(i).setCellStyle(headStyle);
			int longest = 0;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(i);
				if (cell == null) {
					continue;
				}
				String text = cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
						: cell.getStringCellValue();
				for (String line : text.split("\n")) {
					longest = Math.max(longest, line.length());
				}
				boolean wrap = text.length() > 26 || text.contains("\n");
				boolean quoted = cell.getCellType() == CellType.STRING && formulaLike(text);
				cell.setCellStyle(styles[(wrap ? 1 : 0) | (quoted ? 2 : 0)]);
			}
			int headerWord = 0;
			for (String word : head.getCell(i).getStringCellValue().split(" ")) {
				headerWord = Math.max(headerWord, word.length());
			}
			sheet.setColumnWidth(i, Math.min(28, Math.max(6, Math.max(longest, headerWord) + 2)) * 256);
		}
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			int lines = 1;
			for (int i = 0; row != null && i < row.getLastCellNum(); i++) {
				Cell cell = row.getCell(i);
				if (cell != null && cell.getCellType() == CellType.STRING) {
					int width = Math.max(1, sheet.getColumnWidth(i) / 256 - 1);
					int cellLines = 0;
					for (String line : cell.getStringCellValue().split("\n")) {
						cellLines += Math.max(1, (line.length() + width - 1) / width);
					}
					lines = Math.max(lines, cellLines);
				}
			}
			if (row != null) {
				row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
			}
		}
		sheet.setFitToPage(true);
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
	}

}
