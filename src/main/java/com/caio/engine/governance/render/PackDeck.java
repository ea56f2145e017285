package com.caio.engine.governance.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.governance.GovernanceReport;
import com.caio.engine.storage.Run;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The pack as a 16:9 deck (POI XSLF) for the quarterly review: title, summary with RAG,
 * criteria, KPIs (overview and trend charts, two a slide), risk changes, heatmap before
 * and after with the score trend, roadmap, framework adoption, incidents, meeting and
 * decisions needed.
 */
public final class PackDeck {

	static final double W = 960;

	static final double H = 540;

	static final double M = 36;

	private final XMLSlideShow show = new XMLSlideShow();

	private final String footer;

	private PackDeck(String footer) {
		this.footer = footer;
		show.setPageSize(new java.awt.Dimension((int) W, (int) H));
	}

	public static byte[] render(Run<GovernanceReport> run) {
		GovernanceReport r = run.result();
		PackDeck deck = new PackDeck("Quarterly governance pack " + r.quarter()
				+ (r.engagement() == null ? "" : " - " + r.engagement().client()) + " - as of " + Words.day(r.asOf()));
		deck.build(r);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			deck.show.write(out);
			deck.show.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private void build(GovernanceReport r) {
		XSLFSlide title = slide("Quarterly governance pack " + r.quarter());
		text(title, (r.engagement() == null ? "" : r.engagement().client() + "\n") + "Review period "
				+ Words.day(r.periodStart()) + " to " + Words.day(r.periodEnd()) + ", as of " + Words.day(r.asOf()),
				new Rectangle2D.Double(M, 110, W - 2 * M, 80), 20, PackCharts.INK, false);
		XSLFAutoShape badge = title.createAutoShape();
		badge.setShapeType(ShapeType.ROUND_RECT);
		badge.setAnchor(new Rectangle2D.Double(M, 220, 300, 60));
		badge.setFillColor(ragColour(r.overall()));
		badge.setLineColor(ragColour(r.overall()));
		badge.clearText();
		XSLFTextRun b = badge.addNewTextParagraph().addNewTextRun();
		b.setText("Overall: " + Words.rag(r.overall()));
		b.setFontSize(24.0);
		b.setBold(true);
		b.setFontColor(Color.WHITE);
		bullets(title, r.sections().stream().map(s -> s.section() + ": " + Words.rag(s.rag())).toList(),
				new Rectangle2D.Double(380, 210, W - 380 - M, 260), 16);

		table(slide("Summary"), Tables.status(r), new double[] { 200, 90, 598 }, 14);
		table(slide("The CMO's acceptance criteria"), Tables.criteria(r), new double[] { 430, 90, 368 }, 13);
		table(slide("KPIs against baseline at the 6- and 12-month reviews"), Tables.kpis(r),
				new double[] { 230, 120, 120, 209, 209 }, 12);
		for (int i = 0; i < r.kpis().size(); i += 2) {
			XSLFSlide s = slide("KPI trends"
					+ (r.kpis().size() > 2 ? " (" + (i / 2 + 1) + " of " + (r.kpis().size() + 1) / 2 + ")" : ""));
			kpi(s, r.kpis().get(i), 90);
			if (i + 1 < r.kpis().size()) {
				kpi(s, r.kpis().get(i + 1), 300);
			}
		}
		table(slide("Risk register: what changed since last quarter"), Tables.riskChanges(r.risk()),
				new double[] { 110, 478, 150, 150 }, 12);
		XSLFSlide heat = slide("Risk heatmap, before and after");
		picture(heat, PackCharts.heatmaps(r.risk(), 1000, 440), new Rectangle2D.Double(M, 86, 540, 238));
		if (!r.risk().trend().isEmpty()) {
			picture(heat, PackCharts.riskTrend(r.risk().trend(), 700, 500), new Rectangle2D.Double(600, 86, 324, 231));
		}
		text(heat, r.sections().get(1).headline() + ".", new Rectangle2D.Double(M, 340, W - 2 * M, 60), 14,
				PackCharts.INK, false);
		table(slide("Roadmap: remediation actions and milestones"), Tables.roadmap(r),
				new double[] { 470, 200, 110, 108 }, 11);
		XSLFSlide framework = slide("Governance framework adoption");
		table(framework, Tables.teams(r), new double[] { 190, 110, 100, 488 }, 12);
		table(slide("Framework: roles, escalation paths and checks"), Tables.framework(r),
				new double[] { 130, 500, 258 }, 11);
		table(slide("Incidents"), Tables.incidents(r), new double[] { 100, 190, 110, 80, 100, 308 }, 11);
		XSLFSlide meeting = slide("Review meeting and decisions needed");
		List<String> lines = new ArrayList<>();
		if (r.meeting() == null) {
			lines.add("No quarterly review meeting is recorded for the quarter.");
		}
		else {
			lines.add("Held " + Words.day(r.meeting().date()) + " with " + Words.list(r.meeting().attendees()) + ".");
			r.meeting()
				.decisions()
				.forEach(x -> lines.add("Decided " + Words.day(x.date()) + ": " + Words.plain(x.decision()) + " - "
						+ Words.plain(x.outcome()) + "."));
		}
		text(meeting, String.join("\n", lines), new Rectangle2D.Double(M, 86, W - 2 * M, 90), 14, PackCharts.INK,
				false);
		bullets(meeting, r.decisionsNeeded().stream().limit(8).toList(), new Rectangle2D.Double(M, 190, W - 2 * M, 300),
				13);
	}

	private void kpi(XSLFSlide s, GovernanceReport.Kpi k, double y) {
		picture(s, PackCharts.kpi(k, 1100, 380), new Rectangle2D.Double(M, y, 560, 194));
		List<String> lines = new ArrayList<>();
		lines.add(k.name() + (k.higherIsBetter() ? " (higher is better)" : " (lower is better)"));
		k.reviews().forEach(v -> lines.add(v.month() + " months: " + Words.review(k, v)));
		text(s, String.join("\n", lines), new Rectangle2D.Double(610, y, W - 610 - M, 194), 11, PackCharts.INK, false);
	}

	private XSLFSlide slide(String title) {
		XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
		XSLFTextShape placeholder = slide.getPlaceholder(0);
		placeholder.setAnchor(new Rectangle2D.Double(M, 18, W - 2 * M, 50));
		placeholder.clearText();
		XSLFTextRun run = placeholder.addNewTextParagraph().addNewTextRun();
		run.setText(title);
		run.setFontSize(26.0);
		run.setBold(true);
		run.setFontColor(PackCharts.INK);
		placeholder.getTextParagraphs().get(0).setTextAlign(org.apache.poi.sl.usermodel.TextParagraph.TextAlign.LEFT);
		XSLFAutoShape line = slide.createAutoShape();
		line.setShapeType(ShapeType.RECT);
		line.setAnchor(new Rectangle2D.Double(M, 70, 80, 4));
		line.setFillColor(PackCharts.BLUE);
		line.setLineColor(PackCharts.BLUE);
		text(slide, footer, new Rectangle2D.Double(M, H - 26, W - 2 * M, 20), 9, PackCharts.GREY, false);
		return slide;
	}

	private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, Color colour,
			boolean bold) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(anchor);
		box.clearText();
		for (String line : text.split("\n")) {
			XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
			run.setText(line);
			run.setFontSize(size);
			run.setFontColor(colour);
			run.setBold(bold);
		}
		box.setWordWrap(true);
	}

	private static void bullets(XSLFSlide slide, List<String> lines, Rectangle2D anchor, double size) {
		XSLFTextBox box = slide.createTextBox();
		box.setAnchor(anchor);
		box.clearText();
		for (String line : lines) {
			XSLFTextParagraph p = box.addNewTextParagraph();
			p.setBullet(true);
			p.setIndent(-14.0);
			p.setLeftMargin(14.0);
			p.setSpaceAfter(30.0);
			XSLFTextRun run = p.addNewTextRun();
			run.setText(line);
			run.setFontSize(size);
			run.setFontColor(PackCharts.INK);
		}
		box.setWordWrap(true);
	}

	private static void table(XSLFSlide slide, List<List<String>> rows, double[] widths, double size) {
		XSLFTable table = slide.createTable();
		table.setAnchor(new Rectangle2D.Double(M, 86, java.util.Arrays.stream(widths).sum(), 20));
		for (int i = 0; i < rows.size(); i++) {
			XSLFTableRow row = table.addRow();
			for (String value : rows.get(i)) {
				XSLFTableCell cell = row.addCell();
				XSLFTextRun run = cell.setText(value);
				run.setFontSize(size);
				run.setBold(i == 0);
				run.setFontColor(PackCharts.INK);
				cell.setFillColor(i == 0 ? new Color(0xE8, 0xEE, 0xF5) : PackPdf.rag(value));
				cell.setBorderColor(TableCell.BorderEdge.bottom, new Color(0xCC, 0xCC, 0xCC));
				cell.setTopInset(2.0);
				cell.setBottomInset(2.0);
			}
		}
		for (int c = 0; c < widths.length; c++) {
			table.setColumnWidth(c, widths[c]);
		}
	}

	private void picture(XSLFSlide slide, byte[] png, Rectangle2D anchor) {
		slide.createPicture(show.addPicture(png, PictureData.PictureType.PNG)).setAnchor(anchor);
	}

	private static Color ragColour(String rag) {
		return switch (rag) {
			case "GREEN" -> PackCharts.GREEN;
			case "AMBER" -> new Color(0xE0, 0x9A, 0x1E);
			default -> PackCharts.RED;
		};
	}

}
