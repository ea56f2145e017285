package com.caio.engine.engagement.render;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.caio.engine.engagement.model.CriterionState;
import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.model.StoryStatus;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The engagement's status on one page a CDO can forward: every story in scope, each
 * criterion in its words with its state and dates. No ids: those are in the JSON.
 */
public final class StatusPdf {

	private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, NAVY);

	private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 8.5f, Color.DARK_GRAY);

	private static final Font STORY = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7.5f, Color.WHITE);

	private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 6.3f);

	private static final Font STATE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6.3f);

	private StatusPdf() {
	}

	public static void render(EngagementStatus status, OutputStream out) {
		Document doc = new Document(PageSize.A4, 28, 28, 24, 20);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(status.client() + ": engagement status");
		doc.open();
		doc.add(new Paragraph(status.client() + ": " + status.title(), TITLE));
		doc.add(new Paragraph(
				"Status of the acceptance criteria on " + StatusWords.day(status.asOf()) + ". Engagement started "
						+ StatusWords.day(status.start()) + ", led by " + status.lead() + ". " + summary(status),
				SUBTITLE));
		PdfPTable table = new PdfPTable(3);
		table.setWidthPercentage(100);
		table.setSpacingBefore(5);
		table.setWidths(new float[] { 14, 1.6f, 3.4f });
		for (StoryStatus story : status.stories()) {
			if (story.inScope()) {
				story(table, story);
			}
		}
		doc.add(table);
		stillNeeded(doc, status);
		List<String> outOfScope = status.stories().stream().filter(s -> !s.inScope()).map(StoryStatus::title).toList();
		if (!outOfScope.isEmpty()) {
			doc.add(new Paragraph("Not in scope: " + String.join(", ", outOfScope) + ".", SUBTITLE));
		}
		doc.close();
	}

	private static void stillNeeded(Document doc, EngagementStatus status) {
		Paragraph needed = new Paragraph("", BODY);
		needed.setSpacingBefore(6);
		needed.add(new Phrase("What the records must still show", STATE));
		for (StoryStatus story : status.stories()) {
			for (CriterionStatus c : story.criteria()) {
				if (story.inScope() && (c.state() == CriterionState.PENDING || c.state() == CriterionState.MISSED)) {
					needed.add(new Phrase("\n" + story.title() + ", criterion " + c.number() + ": " + c.needs() + ".",
							BODY));
				}
			}
		}
		if (needed.size() > 1) {
			doc.add(needed);
		}
	}

	static String summary(EngagementStatus status) {
		List<StoryStatus> inScope = status.stories().stream().filter(StoryStatus::inScope).toList();
		long done = inScope.stream().filter(StoryStatus::done).count();
		List<CriterionStatus> criteria = inScope.stream().flatMap(s -> s.criteria().stream()).toList();
		return done + " of " + inScope.size() + " stories done; of " + criteria.size() + " criteria, "
				+ count(criteria, CriterionState.MET) + " met, " + count(criteria, CriterionState.MET_LATE)
				+ " met late, " + count(criteria, CriterionState.PENDING) + " pending and "
				+ count(criteria, CriterionState.MISSED) + " missed.";
	}

	private static long count(List<CriterionStatus> criteria, CriterionState state) {
		return criteria.stream().filter(c -> c.state() == state).count();
	}

	private static void story(PdfPTable table, StoryStatus story) {
		PdfPCell head = new PdfPCell(new Phrase(story.title() + "  |  " + story.persona() + ", " + story.stage()
				+ "  |  " + (story.done() ? "Done" : "In progress"), STORY));
		head.setColspan(3);
		head.setBackgroundColor(NAVY);
		head.setPadding(2.5f);
		table.addCell(head);
		for (CriterionStatus c : story.criteria()) {
			table.addCell(cell(new Phrase(c.number() + ". " + c.criterion(), BODY), null));
			Font font = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6.3f, colour(c.state()));
			table.addCell(cell(new Phrase(StatusWords.state(c.state()), font), null));
			table.addCell(cell(new Phrase(StatusWords.when(c), BODY), null));
		}
	}

	private static PdfPCell cell(Phrase phrase, Color background) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setPadding(1.8f);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(Color.LIGHT_GRAY);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		if (background != null) {
			cell.setBackgroundColor(background);
		}
		return cell;
	}

	private static Color colour(CriterionState state) {
		return switch (state) {
			case MET -> new Color(0x1A, 0x7F, 0x37);
			case MET_LATE -> new Color(0xB2, 0x6B, 0x00);
			case PENDING -> new Color(0x55, 0x55, 0x55);
			case MISSED -> new Color(0xC0, 0x1C, 0x1C);
			case NOT_APPLICABLE -> Color.GRAY;
		};
	}

}
