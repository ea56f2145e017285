package com.caio.engine.upskilling.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.Finding;
import com.caio.engine.storage.Run;
import com.caio.engine.upskilling.UpskillingReport;
import com.caio.engine.upskilling.UpskillingReport.Criterion;
import com.caio.engine.upskilling.UpskillingReport.GroupScore;
import com.caio.engine.upskilling.UpskillingReport.ModuleResult;
import com.caio.engine.upskilling.UpskillingReport.Shift;
import com.caio.engine.upskilling.UpskillingReport.ShiftMonth;
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
 * The quarterly progress report a Head of Innovation forwards: where the story's four
 * criteria stand, the skills baseline, the modules' results and the capability shift with
 * its chart. Plain sentences: no rule ids, no field names.
 */
public final class ProgressReportPdf {

	private static final Color INK = new Color(0x22, 0x2B, 0x36);

	private static final Color BLUE = new Color(0x1F, 0x4E, 0x79);

	private static final Color GREY = new Color(0x6B, 0x75, 0x80);

	private static final float SIZE = 9.5f;

	private ProgressReportPdf() {
	}

	public static byte[] render(Run<UpskillingReport> run) {
		UpskillingReport r = run.result();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 42, 42, 36, 32);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle("Upskilling progress report: " + r.name());
			document.open();
			document.add(new Paragraph("Upskilling progress report", font(SIZE + 9, Font.BOLD, INK)));
			document.add(new Paragraph(r.name() + (r.organisation() == null ? "" : ", " + r.organisation()),
					font(SIZE + 2, Font.NORMAL, INK)));
			document.add(new Paragraph(period(r), font(SIZE - 1, Font.NORMAL, GREY)));
			heading(document, "Where the programme stands");
			for (Criterion c : r.criteria()) {
				bullet(document, criterion(c, r));
			}
			baseline(document, r);
			modules(document, r);
			shift(document, r.shift(), r);
			attention(document, r);
			document.add(new Paragraph(
					"Prepared on " + run.at().atZone(java.time.ZoneOffset.UTC).toLocalDate() + " from "
							+ run.input().name() + ". Statistical method: paired t intervals for learning gains; "
							+ "a least-squares trend for external hours, its probability read from the t distribution.",
					font(SIZE - 1.5f, Font.NORMAL, GREY)));
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String period(UpskillingReport r) {
		List<ShiftMonth> months = r.shift().months();
		String started = "Programme started " + Words.month(r.start());
		if (months.isEmpty()) {
			return started + ".";
		}
		ShiftMonth last = months.get(months.size() - 1);
		int pm = last.programmeMonth();
		if (pm < 1) {
			return started + "; task log up to " + Words.month(last.month()) + ".";
		}
		int quarter = (pm - 1) / 3 + 1;
		return started + ". Quarter " + quarter + " of the programme (months " + (3 * quarter - 2) + " to "
				+ (3 * quarter) + "), task log up to " + Words.month(last.month()) + " (month " + pm + ").";
	}

	private static String criterion(Criterion c, UpskillingReport r) {
		return switch (c.number()) {
			case 1 -> (c.state().equals("met") ? "Met: " : "Not yet: ") + "baseline skills assessment of "
					+ r.baseline().respondents() + " people; curriculum of " + r.modules().size() + " modules "
					+ (c.state().equals("met") ? "agreed with measurable learning outcomes."
							: "not yet acceptable (see what needs attention).");
			case 2 -> (c.state().equals("met") ? "Met: " : "Not yet: ")
					+ r.modules().stream().filter(ModuleResult::deliveredAndAssessed).count()
					+ " training modules delivered and assessed (at least " + policy(r, "min-modules") + " needed).";
			case 3 -> Words.capital(c.state()) + ": " + shiftSentence(r.shift());
			default -> "Independent iteration: recorded on the engagement when a product team runs an AI feature "
					+ "iteration with coaching in advisory mode.";
		};
	}

	private static String shiftSentence(Shift s) {
		if (s.months().isEmpty()) {
			return "no task log yet.";
		}
		String latest = s.latestReduction() == null ? ""
				: "external AI hours are " + Words.pct(Math.abs(s.latestReduction()))
						+ (s.latestReduction() >= 0 ? " below" : " above") + " the baseline in the latest month";
		if (s.projectedReduction() == null) {
			return latest + "; too few programme months for a trend.";
		}
		return latest + "; the trend projects a reduction of " + Words.pct(s.projectedReduction()) + " by month "
				+ s.targetMonth() + " (95% interval " + Words.pct(s.projectionLow()) + " to "
				+ Words.pct(s.projectionHigh()) + "), a " + Words.pct(s.probability()) + " probability of reaching the "
				+ Words.pct(s.target()) + " target.";
	}

	private static void baseline(Document d, UpskillingReport r) throws IOException {
		var b = r.baseline();
		heading(d, "Skills baseline");
		d.add(new Paragraph(b.respondents() + " people answered the skills survey. " + Words.pct(b.shareAtTarget())
				+ " of their skill ratings are at or above the target for their role.", body()));
		PdfPTable t = table(new float[] { 3, 1.2f, 1.6f, 1.6f }, "Area", "People", "At target", "Mean gap (levels)");
		for (GroupScore g : b.areas()) {
			row(t, g.group(), String.valueOf(g.people()), Words.pct(g.share()), Words.one(g.meanGap()));
		}
		d.add(t);
		List<String> critical = new ArrayList<>();
		b.skills()
			.stream()
			.filter(s -> s.critical() && !s.role().equals("all"))
			.forEach(s -> critical.add(s.text() + " (" + s.role() + "s: average " + Words.one(s.mean())
					+ " against a target of " + s.target() + ")"));
		if (!critical.isEmpty()) {
			d.add(new Paragraph("Critical gaps the curriculum must close:", body()));
			for (String c : critical) {
				bullet(d, c);
			}
		}
	}

	private static void modules(Document d, UpskillingReport r) throws IOException {
		heading(d, "Training modules");
		PdfPTable t = table(new float[] { 3.2f, 0.9f, 1.3f, 2.2f, 1.3f, 1.2f }, "Module", "Month", "Completion",
				"Mean gain (95% interval)", "Reached outcome", "Satisfaction");
		for (ModuleResult m : r.modules()) {
			String gain = m.meanGain() == null ? "no paired scores" : Words.signed(m.meanGain()) + (m.gainLow() == null
					? "" : " (" + Words.one(m.gainLow()) + " to " + Words.one(m.gainHigh()) + ")");
			row(t, m.title() + (m.deliveredAndAssessed() ? "" : " (not yet assessed)"), String.valueOf(m.month()),
					Words.pct(m.completion()), gain, Words.pct(m.reachedShare()),
					m.meanSatisfaction() == null ? "-" : Words.one(m.meanSatisfaction()) + " of 5");
		}
		d.add(t);
		d.add(new Paragraph(
				"Gains are post-assessment minus pre-assessment scores of the same people. Behaviour: " + behaviour(r),
				body()));
	}

	private static String behaviour(UpskillingReport r) {
		return r.modules()
			.stream()
			.filter(m -> m.inHouseShareBefore() != null && m.inHouseShareAfter() != null)
			.findFirst()
			.map(m -> "after " + m.title() + ", the in-house share of AI work went from "
					+ Words.pct(m.inHouseShareBefore()) + " to " + Words.pct(m.inHouseShareAfter()) + " ("
					+ Words.points(m.inHouseShareAfter() - m.inHouseShareBefore()) + ").")
			.orElse("no task log after the modules yet.");
	}

	private static void shift(Document d, Shift s, UpskillingReport r) throws IOException {
		heading(d, "Capability shift: external AI hours");
		if (s.months().isEmpty()) {
			d.add(new Paragraph("No task log was given.", body()));
			return;
		}
		d.add(new Paragraph(
				"Baseline: " + Words.hours(s.baselineExternalHours()) + " external AI hours a month ("
						+ String.join(", ", s.baselineMonths().stream().map(Words::month).toList()) + "). "
						+ Words.capital(shiftSentence(s))
						+ (s.slope() == null ? ""
								: " The trend falls by " + Words.one(-s.slope()) + " hours a month (95% interval "
										+ Words.one(-s.slopeHigh()) + " to " + Words.one(-s.slopeLow()) + ")."),
				body()));
		Image image = Image.getInstance(ShiftChart.png(r));
		image.scaleToFit(510, 272);
		image.setAlignment(Element.ALIGN_CENTER);
		d.add(image);
		PdfPTable t = table(new float[] { 1.6f, 1.6f, 1.6f, 1.6f }, "Month", "External hours", "In-house share",
				"Change from baseline");
		List<ShiftMonth> months = s.months();
		for (ShiftMonth m : months.subList(Math.max(0, months.size() - 3), months.size())) {
			row(t, Words.month(m.month()), Words.hours(m.externalHours()),
					m.inHouseShare() == null ? "-" : Words.pct(m.inHouseShare()), Words.pct(-m.reduction()));
		}
		d.add(t);
	}

	private static void attention(Document d, UpskillingReport r) throws IOException {
		// critical gaps are listed under the baseline; team gaps are summarised per team
		List<Finding> serious = r.findings()
			.stream()
			.filter(f -> f.severity() != Finding.INFO && !f.ruleId().equals("UPS-GAP-001")
					&& !f.ruleId().equals("UPS-TEAM-001"))
			.toList();
		java.util.Map<String, Long> teams = new java.util.TreeMap<>();
		r.findings()
			.stream()
			.filter(f -> f.ruleId().equals("UPS-TEAM-001"))
			.forEach(f -> teams.merge(f.segment().substring("team ".length()), 1L, Long::sum));
		heading(d, "What needs attention");
		if (serious.isEmpty() && teams.isEmpty()) {
			d.add(new Paragraph("Nothing: every rule the practice applies is satisfied.", body()));
		}
		for (Finding f : serious.subList(0, Math.min(12, serious.size()))) {
			bullet(d, f.message());
		}
		if (serious.size() > 12) {
			d.add(new Paragraph("And " + (serious.size() - 12) + " more in the full results.", body()));
		}
		if (!teams.isEmpty()) {
			List<String> parts = new ArrayList<>();
			teams.forEach((team, n) -> parts.add(team + " (" + n + (n == 1 ? " skill)" : " skills)")));
			bullet(d, "Teams with no one at target in a skill their roles need, so they still depend on others for "
					+ "it: " + String.join(", ", parts) + ". The full results name the skills.");
		}
		long left = r.rejected().survey() + r.rejected().results() + r.rejected().taskLog();
		if (left > 0) {
			d.add(new Paragraph(left + " lines of the input files were left out as unreadable; the full results "
					+ "list them with the reason.", body()));
		}
	}

	private static long policy(UpskillingReport r, String name) {
		return r.policy()
			.stream()
			.filter(p -> p.name().equals(name))
			.mapToLong(p -> (long) p.value())
			.findFirst()
			.orElse(0);
	}

	private static void heading(Document d, String text) throws IOException {
		Paragraph p = new Paragraph(text, font(SIZE + 2, Font.BOLD, BLUE));
		p.setSpacingBefore(9);
		p.setSpacingAfter(3);
		d.add(p);
	}

	private static void bullet(Document d, String text) throws IOException {
		Paragraph p = new Paragraph("\u2022  " + text, body());
		p.setIndentationLeft(10);
		p.setFirstLineIndent(-8);
		d.add(p);
	}

	private static PdfPTable table(float[] widths, String... header) {
		PdfPTable t = new PdfPTable(widths);
		t.setWidthPercentage(100);
		t.setSpacingBefore(4);
		t.setSpacingAfter(4);
		for (String h : header) {
			PdfPCell c = new PdfPCell(new Phrase(h, font(SIZE - 0.5f, Font.BOLD, INK)));
			c.setBackgroundColor(new Color(0xDC, 0xE6, 0xF0));
			c.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
			c.setPadding(3);
			t.addCell(c);
		}
		t.setHeaderRows(1);
		return t;
	}

	private static void row(PdfPTable t, String... cells) {
		for (String text : cells) {
			PdfPCell c = new PdfPCell(new Phrase(text, font(SIZE - 0.5f, Font.NORMAL, INK)));
			c.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
			c.setPadding(3);
			t.addCell(c);
		}
	}

	private static Font body() {
		return font(SIZE, Font.NORMAL, INK);
	}

	private static Font font(float size, int style, Color colour) {
		return new Font(Font.HELVETICA, size, style, colour);
	}

}
