package com.caio.engine.opportunities.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.caio.engine.opportunities.Numbers;
import com.caio.engine.opportunities.OpportunitiesReport;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * One page for the Head of Innovation: the ranked use cases, the go/no-go with the MVP
 * scope, time to MVP with and without the fractional CAIO, the pilot start date and the
 * MVP acceptance criteria.
 */
public final class OnePager {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10.5f,
			new Color(0x1F, 0x3A, 0x5F));

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 6.5f, Color.GRAY);

	private OnePager() {
	}

	public static byte[] render(OpportunitiesReport report, int labelTop, String footer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 36, 36, 30, 30);
		PdfWriter.getInstance(doc, out);
		String title = report.backlog() != null ? "AI opportunities: " + report.backlog().name()
				: "Time to MVP: " + report.mvpPlan().name();
		doc.addTitle(title);
		doc.open();
		doc.add(new Paragraph(title, TITLE));
		if (report.backlog() != null) {
			backlog(doc, report.backlog());
		}
		if (report.mvpPlan() != null) {
			plan(doc, report.mvpPlan());
		}
		charts(doc, report, labelTop);
		doc.add(new Paragraph(footer, SMALL));
		doc.close();
		return out.toByteArray();
	}

	private static void backlog(Document doc, OpportunitiesReport.Backlog b) {
		doc.add(new Paragraph(b.size() + " use cases from the opportunity workshop, ranked by "
				+ Labels.method(b.method()) + "; target uplift +" + Numbers.plain(b.targetUpliftLowPercent()) + " to +"
				+ Numbers.plain(b.targetUpliftHighPercent()) + "%.", BODY));
		section(doc, "Prioritised backlog");
		PdfPTable table = table(new float[] { 0.4f, 2.6f, 2.6f, 1.5f, 1.4f, 0.9f });
		head(table, "#", "Use case", "Target KPI", "Expected uplift", "Effort", "Risk");
		for (OpportunitiesReport.Ranked r : b.ranked()) {
			cells(table, String.valueOf(r.rank()), r.title(), r.targetKpi(),
					"+" + Numbers.one(r.expectedUpliftPercent()) + "%",
					Numbers.one(r.expectedEffortWeeks()) + " person-weeks", Labels.capitalised(r.riskLevel()));
		}
		doc.add(table);
		for (OpportunitiesReport.GoNoGo g : b.goNoGo()) {
			section(doc, g.rank() + ". " + g.title() + ": " + Labels.decision(g.decision()));
			g.reasonsAgainst().forEach(x -> doc.add(new Paragraph("Against: " + Labels.capitalised(x) + ".", BODY)));
			g.conditions().forEach(x -> doc.add(new Paragraph("Condition: " + Labels.capitalised(x) + ".", BODY)));
			if (g.mvpScope() != null) {
				var s = g.mvpScope();
				line(doc, "MVP scope: ",
						String.join("; ", s.in()).isEmpty() ? "to be defined" : String.join("; ", s.in()));
				if (!s.out().isEmpty()) {
					line(doc, "Out of scope: ", String.join("; ", s.out()));
				}
				line(doc, "Target: ", s.targetMetric() + ", +" + Numbers.plain(s.upliftLowPercent()) + " to +"
						+ Numbers.plain(s.upliftHighPercent()) + "%");
				line(doc, "Success: ", String.join("; ", s.successCriteria()));
			}
		}
	}

	private static void plan(Document doc, OpportunitiesReport.MvpPlan p) {
		section(doc, "Time to MVP: " + p.name());
		line(doc, "Pilot start: ", Labels.date(p.pilotStart()) + ". Target: live within "
				+ Numbers.plain(p.targetMonths()) + " months, by " + Labels.date(p.targetDate()) + ".");
		PdfPTable table = table(new float[] { 2.2f, 2.2f, 2.2f, 1.6f });
		head(table, "Delivery", "Half the time done by (P50)", "Four in five done by (P80)", "Chance by the target");
		for (OpportunitiesReport.Mode m : p.modes()) {
			cells(table, m.label(), Labels.date(m.p50Date()), Labels.date(m.p80Date()),
					Labels.probability(m.probabilityWithinTarget()));
		}
		doc.add(table);
		doc.add(new Paragraph("The fractional CAIO shortens the median time to MVP by "
				+ Numbers.whole(p.reduction().p50Days()) + " working days (" + Numbers.whole(p.reduction().p50Percent())
				+ "%), simulated " + Numbers.whole(p.draws()) + " times.", BODY));
		int coached = p.coaching().people();
		doc.add(new Paragraph(
				"Coaching: " + coached + (coached == 1 ? " person, " : " people, ")
						+ Numbers.whole(p.coaching().totalHours()) + " hours of sessions, "
						+ Numbers.percent(p.coaching().averagePairingShare()) + " of their MVP work paired on average.",
				BODY));
		section(doc, "MVP acceptance criteria");
		p.acceptanceCriteria().forEach(c -> doc.add(new Paragraph("- " + c, BODY)));
	}

	private static void charts(Document doc, OpportunitiesReport report, int labelTop) {
		PdfPTable charts = new PdfPTable(report.backlog() != null && report.mvpPlan() != null ? 2 : 1);
		charts.setWidthPercentage(100);
		charts.setSpacingBefore(6);
		if (report.backlog() != null) {
			charts.addCell(imageCell(BubbleChart.png(report.backlog(), labelTop)));
		}
		if (report.mvpPlan() != null) {
			charts.addCell(imageCell(TimelineChart.png(report.mvpPlan(), 960, 600)));
		}
		doc.add(charts);
	}

	private static PdfPCell imageCell(byte[] png) {
		try {
			PdfPCell cell = new PdfPCell(Image.getInstance(png), true);
			cell.setBorder(0);
			return cell;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Document doc, String label, String text) {
		Paragraph p = new Paragraph();
		p.add(new Phrase(label, BOLD));
		p.add(new Phrase(text, BODY));
		doc.add(p);
	}

	private static void section(Document doc, String title) {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(6);
		heading.setSpacingAfter(2);
		doc.add(heading);
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths.length);
		table.setWidthPercentage(100);
		table.setWidths(widths);
		table.setSpacingBefore(2);
		return table;
	}

	private static void head(PdfPTable table, String... names) {
		for (String name : names) {
			PdfPCell cell = new PdfPCell(new Phrase(name, BOLD));
			cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF4));
			cell.setPadding(2.5f);
			table.addCell(cell);
		}
	}

	private static void cells(PdfPTable table, String... values) {
		for (String value : values) {
			PdfPCell cell = new PdfPCell(new Phrase(value, BODY));
			cell.setPadding(2.5f);
			table.addCell(cell);
		}
	}

}
