package com.caio.engine.maturity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.report.PdfReport;
import com.caio.engine.storage.Run;

/**
 * The maturity assessment on one to two pages for an executive: the overall level, the
 * chart and table of levels per dimension, what holds each back (the findings in plain
 * words), and the levels by department and role. No rule ids or field names in its
 * sentences; the text document and the JSON carry those.
 */
final class MaturityPdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private MaturityPdf() {
	}

	static byte[] render(Run<MaturityReport> run) {
		MaturityReport r = run.result();
		PdfReport pdf = new PdfReport("AI maturity assessment",
				"From " + run.input().name() + " \u00b7 scored on " + DAY.format(run.at()));
		MaturityReport.Level overall = r.overall();
		pdf.bold(overall.level() == null ? "Not enough answers to score the organisation." : "Overall: level "
				+ overall.level() + ", " + overall.levelName() + " (score " + score(overall.score()) + " of 5)");
		pdf.paragraph(count(r.respondents(), "respondent") + " scored"
				+ (r.rejectedCount() == 0 ? "." : "; " + count(r.rejectedCount(), "row")
						+ " of the export could not be used (listed in the " + "text report)."));
		pdf.heading("Levels per dimension");
		pdf.picture(MaturityChart.png(r), 500, 230);
		List<List<String>> rows = new ArrayList<>();
		for (MaturityReport.DimensionResult d : r.dimensions()) {
			rows.add(List.of(d.name(), level(d.level(), d.levelName()), score(d.score()),
					String.format(Locale.UK, "%,d", d.answered())));
		}
		pdf.table(new float[] { 3, 3, 1.3f, 1.5f }, List.of("Dimension", "Level", "Score", "Answers"), rows, 2, 3);
		List<String> holding = new ArrayList<>();
		for (MaturityReport.MaturityFinding f : r.findings()) {
			if (!f.severity().equals("info")) {
				holding.add(plain(r, f.message()));
			}
		}
		if (!holding.isEmpty()) {
			pdf.heading("What holds the levels back");
			pdf.bullets(holding.subList(0, Math.min(8, holding.size())));
			if (holding.size() > 8) {
				pdf.paragraph("and " + (holding.size() - 8) + " more in the full report.");
			}
		}
		List<List<String>> segments = new ArrayList<>();
		for (MaturityReport.SegmentResult s : r.segments()) {
			segments.add(List.of(s.name() + " (" + s.kind() + ")", String.format(Locale.UK, "%,d", s.respondents()),
					level(s.overall().level(), s.overall().levelName()), score(s.overall().score())));
		}
		if (!segments.isEmpty()) {
			pdf.heading("By department and role");
			pdf.table(new float[] { 4, 1.6f, 3, 1.3f }, List.of("Group", "Respondents", "Overall level", "Score"),
					segments, 1, 3);
		}
		return pdf.bytes();
	}

	/** A finding's sentence with dimension ids replaced by their names. */
	static String plain(MaturityReport report, String message) {
		String text = message;
		for (MaturityReport.DimensionResult d : report.dimensions()) {
			text = text.replace(d.dimension(), d.name().toLowerCase(Locale.UK));
		}
		return text;
	}

	private static String level(Integer level, String name) {
		return level == null ? "not scored" : level + " \u00b7 " + name;
	}

	private static String score(Double score) {
		return score == null ? "\u2013" : String.format(Locale.UK, "%.2f", score);
	}

	private static String count(long n, String noun) {
		return String.format(Locale.UK, "%,d %s%s", n, noun, n == 1 ? "" : "s");
	}

}
