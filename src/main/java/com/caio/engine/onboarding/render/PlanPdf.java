package com.caio.engine.onboarding.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.caio.engine.onboarding.OnboardingResult;
import com.caio.engine.onboarding.OnboardingText;
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
 * The plan as a landscape PDF: the Gantt chart, the story's criteria and the milestones.
 */
public final class PlanPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private static final Color INK = new Color(0x22, 0x2B, 0x36);

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, INK);

	private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0x1F, 0x4E, 0x79));

	private static final Font BODY = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, INK);

	private static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD, INK);

	private PlanPdf() {
	}

	public static byte[] render(OnboardingResult r) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 30, 30, 26, 24);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(r.engagement() + ": 90-day plan");
			document.open();
			Image gantt = Image.getInstance(GanttPng.render(r));
			gantt.scaleToFit(780, 520);
			gantt.setAlignment(Element.ALIGN_CENTER);
			document.add(gantt);
			document.newPage();
			document.add(new Paragraph(r.engagement() + ": 90-day plan", TITLE));
			document.add(new Paragraph("Start " + DAY.format(r.startDate()) + "; day 90 is " + DAY.format(r.day90())
					+ "; status as of " + DAY.format(r.asOf())
					+ (r.nextDue() == null ? "."
							: "; next due: " + r.nextDue().item() + " on " + DAY.format(r.nextDue().dueDate()) + " ("
									+ OnboardingText.when(r.nextDue().daysUntil()) + ")."),
					BODY));
			document.add(new Paragraph("What the CDO asked for", HEADING));
			PdfPTable criteria = table(new float[] { 6, 2, 1.5f, 2 }, "Criterion", "Due", "State", "Done on");
			for (OnboardingResult.CriterionState c : r.criteria()) {
				cells(criteria, c.title(), DAY.format(c.dueDate()), PlanWorkbook.state(c.state()),
						c.doneDate() == null ? "" : DAY.format(c.doneDate()));
			}
			document.add(criteria);
			document.add(new Paragraph("Weekly milestones", HEADING));
			PdfPTable milestones = table(new float[] { 0.6f, 4.5f, 2, 1.4f, 4.5f, 1.3f }, "Week", "Milestone", "Due",
					"Accountable", "Stakeholders to engage", "State");
			for (OnboardingResult.Milestone m : r.milestones()) {
				cells(milestones, String.valueOf(m.week()), m.name(), DAY.format(m.dueDate()), m.accountable(),
						String.join(", ", m.stakeholders()), PlanWorkbook.state(m.state()));
			}
			document.add(milestones);
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static PdfPTable table(float[] widths, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(3);
		table.setSpacingAfter(6);
		for (String h : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
			cell.setBackgroundColor(new Color(0xDC, 0xE6, 0xF0));
			cell.setPadding(3);
			table.addCell(cell);
		}
		table.setHeaderRows(1);
		return table;
	}

	private static void cells(PdfPTable table, String... values) {
		for (String v : values) {
			PdfPCell cell = new PdfPCell(new Phrase(v, BODY));
			cell.setPadding(3);
			table.addCell(cell);
		}
	}

}
