package com.caio.engine.businesscase.deck;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.caio.engine.businesscase.BusinessCaseReport;
import com.caio.engine.storage.Run;
import com.caio.engine.businesscase.ScenarioResult;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The one-page executive summary (A4 PDF): the ask, the three scenarios, the cash-flow
 * chart, the drivers.
 */
public final class ExecutiveSummary {

	private static final Font TITLE = new Font(Font.HELVETICA, 17, Font.BOLD, new Color(0x22, 0x2B, 0x36));

	private static final Font HEADING = new Font(Font.HELVETICA, 10.5f, Font.BOLD, Charts.EXPECTED);

	private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, new Color(0x22, 0x2B, 0x36));

	private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0x22, 0x2B, 0x36));

	private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, new Color(0x6B, 0x75, 0x80));

	private ExecutiveSummary() {
	}

	public static byte[] render(Run<BusinessCaseReport> run) {
		BusinessCaseReport report = run.result();
		Narrative says = new Narrative(report);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 34, 30);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(report.name() + ": executive summary");
			document.open();
			document.add(new Paragraph(report.name(), TITLE));
			document.add(new Paragraph((report.organisation() == null ? "" : report.organisation() + "  |  ")
					+ "Executive summary  |  figures in " + report.currency() + ", " + report.horizonMonths()
					+ "-month horizon", SMALL));
			status(document, report);
			section(document, "The ask");
			document.add(new Paragraph(says.ask(), BODY));
			document.add(new Paragraph(says.decision(), BOLD));
			section(document, "Three scenarios");
			document.add(scenarios(report, says));
			Image chart = Image.getInstance(Charts.cumulativeCash(report, 1500, 480));
			chart.scaleToFit(515, 165);
			chart.setAlignment(Element.ALIGN_CENTER);
			document.add(chart);
			document.add(new Paragraph(says.paybackVerdict(), BODY));
			section(document, "What drives the result");
			for (String driver : says.drivers(3)) {
				document.add(new Paragraph("- " + driver, BODY));
			}
			document.add(new Paragraph(says.breakEven(), BODY));
			section(document, "Top risks and mitigations");
			for (List<String> risk : says.risks().stream().limit(3).toList()) {
				document.add(new Paragraph("- " + risk.get(0) + ". Mitigation: " + risk.get(1), BODY));
			}
			section(document, "Assumptions and next steps");
			long unsourced = report.assumptions().stream().filter(a -> a.source() == null).count();
			String traced = unsourced == 0 ? "each traced to its source"
					: unsourced + " without a source (untraceable)";
			document.add(new Paragraph(report.assumptions().size() + " assumptions, " + traced
					+ "; the register is in the deck and the JSON result.", BODY));
			for (String step : says.nextSteps().stream().limit(3).toList()) {
				document.add(new Paragraph("- " + step, BODY));
			}
			document.add(new Paragraph(
					"Rule set " + run.ruleSetVersion() + "  |  input SHA-256 " + run.input().sha256(), SMALL));
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void status(Document document, BusinessCaseReport report) {
		Font font = new Font(Font.HELVETICA, 10, Font.BOLD, report.boardReady() ? Charts.AGGRESSIVE : Charts.DOWN);
		String text = report.boardReady() ? "Board-ready: every assumption is sourced and no rule blocks the case."
				: "Not board-ready: " + String.join(" ",
						report.blocking().stream().map(f -> f.ruleId() + " " + f.message()).toList());
		Paragraph p = new Paragraph(text, font);
		p.setSpacingBefore(6);
		document.add(p);
	}

	private static void section(Document document, String title) {
		Paragraph p = new Paragraph(title, HEADING);
		p.setSpacingBefore(7);
		p.setSpacingAfter(2);
		document.add(p);
	}

	private static PdfPTable scenarios(BusinessCaseReport report, Narrative says) {
		PdfPTable table = new PdfPTable(new float[] { 2.2f, 1.4f, 1.4f, 1.4f });
		table.setWidthPercentage(100);
		table.setSpacingAfter(4);
		cell(table, "", true);
		report.scenarios().forEach(s -> cell(table, Charts.label(s.name()), true));
		List<String> labels = List.of("Upfront / monthly cost", "Total benefit", "Total cost",
				"NPV at " + Money.percent(report.discountRate()), "IRR (annualised)", "ROI", "Payback");
		for (int r = 0; r < labels.size(); r++) {
			cell(table, labels.get(r), false);
			for (ScenarioResult s : report.scenarios()) {
				cell(table, value(r, s, says, report.horizonMonths()), false);
			}
		}
		return table;
	}

	private static String value(int row, ScenarioResult s, Narrative says, int horizon) {
		return switch (row) {
			case 0 -> says.money(s.upfront()) + " / " + says.money(s.monthlyCost());
			case 1 -> says.money(s.totalBenefit());
			case 2 -> says.money(s.totalCost());
			case 3 -> says.money(s.npv());
			case 4 -> Money.percent(s.irr());
			case 5 -> Money.percent(s.roi());
			default -> Money.months(s.paybackMonths(), horizon);
		};
	}

	private static void cell(PdfPTable table, String text, boolean header) {
		PdfPCell cell = new PdfPCell(new Phrase(text, header ? BOLD : BODY));
		cell.setPadding(3);
		cell.setBorderColor(new Color(0xCC, 0xCC, 0xCC));
		if (header) {
			cell.setBackgroundColor(SlideKit.HEADER_FILL);
		}
		table.addCell(cell);
	}

}
