package com.caio.engine.opportunities.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.caio.engine.opportunities.OpportunitiesReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

	/** Text as a spreadsheet shows it, never as a formula. */
	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
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
		widths(sheet, 18);
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
		widths(sheet, 30);
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
		widths(modes, 22);
		Sheet raci = book.createSheet("RACI");
		header(raci, bold, "Task", "Responsible", "Accountable", "Consulted", "Informed");
		r = 1;
		for (OpportunitiesReport.Raci x : p.raci()) {
			row(raci, r++, x.name(), String.join(", ", x.responsible()), String.join(", ", x.accountable()),
					String.join(", ", x.consulted()), String.join(", ", x.informed()));
		}
		widths(raci, 30);
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
		widths(weeks, 16);
		Sheet coaching = book.createSheet("Coaching");
		header(coaching, bold, "Person", "Skills", "Sessions", "Hours", "Pairing share", "Outcome", "Measure",
				"Baseline", "Target");
		r = 1;
		for (var c : p.coaching().entries()) {
			row(coaching, r++, c.person(), String.join(", ", c.skills()), c.sessions(), c.hours(), c.pairingShare(),
					c.outcome(), c.measure(), c.baseline(), c.target());
		}
		widths(coaching, 24);
	}

	private static void header(Sheet sheet, CellStyle bold, String... names) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(safe(names[i]));
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
				cell.setCellValue(safe(v.toString()));
			}
		}
	}

	private static void widths(Sheet sheet, int characters) {
		Row head = sheet.getRow(0);
		for (int i = 0; i < head.getLastCellNum(); i++) {
			sheet.setColumnWidth(i, characters * 256);
		}
	}

}
