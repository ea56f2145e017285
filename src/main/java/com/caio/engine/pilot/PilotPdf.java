package com.caio.engine.pilot;

import java.awt.Color;
import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Renders the post-pilot report as a PDF: hypothesis, recommendation, KPI delta,
 * confidence, sample ratio, data readiness, risks, steering decision; the rules behind
 * each sentence are listed in an appendix, not in the sentences.
 */
final class PilotPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12,
			new Color(0x1F, 0x3A, 0x5F));

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);

	private PilotPdf() {
	}

	static void render(PilotReport report, OutputStream out) {
		PilotEvaluation e = report.evaluation();
		Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(doc, out);
		doc.addTitle("Post-pilot report: " + e.name());
		doc.open();
		doc.add(new Paragraph("Post-pilot report: " + e.name(), TITLE));
		doc.add(new Paragraph("KPI: " + e.kpiName() + "; data: " + e.source()
				+ (e.closedOn() == null ? "" : "; pilot closed on " + e.closedOn()), BODY));
		section(doc, "Hypothesis");
		doc.add(new Paragraph(e.hypothesis(), BODY));
		section(doc, "Recommendation: " + e.decision());
		PilotText.reasons(e).forEach(r -> doc.add(new Paragraph("- " + r, BODY)));
		section(doc, "KPI delta and confidence");
		doc.add(table(e));
		section(doc, "Data readiness");
		PilotText.readiness(report.readiness()).forEach(line -> doc.add(new Paragraph("- " + line, BODY)));
		section(doc, "Learned risks");
		if (e.learnedRisks().isEmpty()) {
			doc.add(new Paragraph("None recorded.", BODY));
		}
		e.learnedRisks().forEach(r -> doc.add(new Paragraph("- " + r, BODY)));
		section(doc, "Steering committee decision");
		if (report.steeringDecisions().isEmpty()) {
			doc.add(new Paragraph(
					"Not recorded yet (due within " + report.steeringDays() + " days of the pilot's close).", BODY));
		}
		for (SteeringDecision d : report.steeringDecisions()) {
			doc.add(new Paragraph(PilotText.steering(d), BODY));
		}
		section(doc, "Appendix: rules applied");
		e.firedRules()
			.forEach(r -> doc
				.add(new Paragraph(r.ruleId() + " (" + r.outcome().toLowerCase(java.util.Locale.ROOT) + ")", SMALL)));
		report.steeringDecisions()
			.forEach(d -> d.findings().forEach(f -> doc.add(new Paragraph(f.ruleId() + " (steering)", SMALL))));
		doc.add(new Paragraph(" ", BODY));
		doc.add(new Paragraph("Rule set " + e.ruleSetVersion() + "; evaluated " + PilotText.timestamp(e.evaluatedAt()),
				FontFactory.getFont(FontFactory.HELVETICA, 7, Color.GRAY)));
		doc.close();
	}

	private static PdfPTable table(PilotEvaluation e) {
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setWidths(new float[] { 2, 3 });
		row(table, "Control", PilotText.arm(e, e.control()));
		row(table, "Treatment", PilotText.arm(e, e.treatment()));
		row(table, "Absolute difference",
				PilotText.delta(e, e.absoluteDelta()) + ", 95% CI " + PilotText.interval(e, e.ci95(), false));
		row(table, "Relative uplift",
				PilotText.percent(e.relativeUplift()) + ", 95% CI " + PilotText.interval(e, e.relativeCi95(), true)
						+ " (target " + PilotText.percent(e.targetRelativeEffect()) + ")");
		row(table, "Statistical confidence", e.test() + ": " + PilotText.p(e.pValue()) + " (alpha " + e.alpha() + ")");
		row(table, "Sample-ratio check", "planned " + e.allocation() + ", chi-square " + PilotText.p(e.srmPValue())
				+ ": " + PilotText.sampleRatio(e));
		row(table, "Smallest detectable effect",
				PilotText.percent(e.detectableEffect()) + " with the collected sample");
		row(table, "Planned sample", PilotText.plannedSample(e));
		return table;
	}

	private static void section(Document doc, String title) {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(4);
		doc.add(heading);
	}

	private static void row(PdfPTable table, String label, String value) {
		PdfPCell name = new PdfPCell(new Phrase(label, BOLD));
		name.setPadding(4);
		table.addCell(name);
		PdfPCell cell = new PdfPCell(new Phrase(value, BODY));
		cell.setPadding(4);
		table.addCell(cell);
	}

}
