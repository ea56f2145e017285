package com.caio.engine.governance.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.governance.GovernanceReport;
import com.caio.engine.print.Slides;
import com.caio.engine.storage.Run;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The pack as a 16:9 deck (POI XSLF) for the quarterly review: title, summary with RAG,
 * criteria, KPIs (overview and trend charts, two a slide), risk changes, heatmap before
 * and after with the score trend, roadmap, framework adoption, incidents, meeting and
 * decisions needed.
 */
public final class PackDeck {

	static final double W = Slides.WIDTH;

	static final double M = 36;

	private static final Slides.Look LOOK = new Slides.Look(M, 18, 26, 30.0, 2.0, PackCharts.INK, PackCharts.BLUE,
			PackCharts.GREY);

	private final XMLSlideShow show = new XMLSlideShow();

	private final Slides kit;

	private PackDeck(String footer) {
		kit = new Slides(show, footer, LOOK);
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
		XSLFSlide title = kit.slide("Quarterly governance pack " + r.quarter());
		kit.text(title, (r.engagement() == null ? "" : r.engagement().client() + "\n") + "Review period "
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
		kit.bullets(title, r.sections().stream().map(s -> s.section() + ": " + Words.rag(s.rag())).toList(),
				new Rectangle2D.Double(380, 210, W - 380 - M, 260), 16);

		table(kit.slide("Summary"), Tables.status(r), new double[] { 200, 90, 598 }, 14);
		table(kit.slide("The CMO's acceptance criteria"), Tables.criteria(r), new double[] { 430, 90, 368 }, 13);
		table(kit.slide("KPIs against baseline at the 6- and 12-month reviews"), Tables.kpis(r),
				new double[] { 230, 120, 120, 209, 209 }, 12);
		for (int i = 0; i < r.kpis().size(); i += 2) {
			XSLFSlide s = kit.slide("KPI trends"
					+ (r.kpis().size() > 2 ? " (" + (i / 2 + 1) + " of " + (r.kpis().size() + 1) / 2 + ")" : ""));
			kpi(s, r.kpis().get(i), 90);
			if (i + 1 < r.kpis().size()) {
				kpi(s, r.kpis().get(i + 1), 300);
			}
		}
		table(kit.slide("Risk register: what changed since last quarter"), Tables.riskChanges(r.risk()),
				new double[] { 110, 478, 150, 150 }, 12);
		XSLFSlide heat = kit.slide("Risk heatmap, before and after");
		kit.picture(heat, PackCharts.heatmaps(r.risk(), 1000, 440), new Rectangle2D.Double(M, 86, 540, 238));
		if (!r.risk().trend().isEmpty()) {
			kit.picture(heat, PackCharts.riskTrend(r.risk().trend(), 700, 500),
					new Rectangle2D.Double(600, 86, 324, 231));
		}
		kit.text(heat, r.sections().get(1).headline() + ".", new Rectangle2D.Double(M, 340, W - 2 * M, 60), 14,
				PackCharts.INK, false);
		table(kit.slide("Roadmap: remediation actions and milestones"), Tables.roadmap(r),
				new double[] { 470, 200, 110, 108 }, 11);
		XSLFSlide framework = kit.slide("Governance framework adoption");
		table(framework, Tables.teams(r), new double[] { 190, 110, 100, 488 }, 12);
		table(kit.slide("Framework: roles, escalation paths and checks"), Tables.framework(r),
				new double[] { 130, 500, 258 }, 11);
		table(kit.slide("Incidents"), Tables.incidents(r), new double[] { 100, 190, 110, 80, 100, 308 }, 11);
		XSLFSlide meeting = kit.slide("Review meeting and decisions needed");
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
		kit.text(meeting, String.join("\n", lines), new Rectangle2D.Double(M, 86, W - 2 * M, 90), 14, PackCharts.INK,
				false);
		kit.bullets(meeting, r.decisionsNeeded().stream().limit(8).toList(),
				new Rectangle2D.Double(M, 190, W - 2 * M, 300), 13);
	}

	private void kpi(XSLFSlide s, GovernanceReport.Kpi k, double y) {
		kit.picture(s, PackCharts.kpi(k, 1100, 380), new Rectangle2D.Double(M, y, 560, 194));
		List<String> lines = new ArrayList<>();
		lines.add(k.name() + (k.higherIsBetter() ? " (higher is better)" : " (lower is better)"));
		k.reviews().forEach(v -> lines.add(v.month() + " months: " + Words.review(k, v)));
		kit.text(s, String.join("\n", lines), new Rectangle2D.Double(610, y, W - 610 - M, 194), 11, PackCharts.INK,
				false);
	}

	private void table(XSLFSlide slide, List<List<String>> rows, double[] widths, double size) {
		kit.table(slide, rows, widths, M, 86, size, PackPdf::rag);
	}

	private static Color ragColour(String rag) {
		return switch (rag) {
			case "GREEN" -> PackCharts.GREEN;
			case "AMBER" -> new Color(0xE0, 0x9A, 0x1E);
			default -> PackCharts.RED;
		};
	}

}
