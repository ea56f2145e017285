package com.caio.engine.maturity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.print.Block;
import com.caio.engine.print.PdfBlocks;
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
		List<Block> pdf = new ArrayList<>();
		String title = "AI maturity assessment";
		pdf.add(new Block.Title(title, "From " + run.input().name() + " \u00b7 scored on " + DAY.format(run.at())));
		MaturityReport.Level overall = r.overall();
		pdf.add(bold(overall.level() == null ? "Not enough answers to score the organisation." : "Overall: level "
				+ overall.level() + ", " + overall.levelName() + " (score " + score(overall.score()) + " of 5)"));
		pdf.add(para(count(r.respondents(), "respondent") + " scored"
				+ (r.rejectedCount() == 0 ? "." : "; " + count(r.rejectedCount(), "row")
						+ " of the export could not be used (listed in the " + "text report).")));
		pdf.add(new Block.Heading("Levels per dimension"));
		pdf.add(new Block.Picture(MaturityChart.png(r), 500, 230));
		List<List<String>> rows = new ArrayList<>();
		for (MaturityReport.DimensionResult d : r.dimensions()) {
			rows.add(List.of(d.name(), level(d.level(), d.levelName()), score(d.score()),
					String.format(Locale.UK, "%,d", d.answered())));
		}
		pdf.add(new Block.Table(List.of("Dimension", "Level", "Score", "Answers"), rows,
				new float[] { 3, 3, 1.3f, 1.5f }));
		List<String> holding = new ArrayList<>();
		for (MaturityReport.MaturityFinding f : r.findings()) {
			if (!f.severity().equals("info")) {
				holding.add(plain(r, f.message()));
			}
		}
		if (!holding.isEmpty()) {
			pdf.add(new Block.Heading("What holds the levels back"));
			pdf.add(new Block.Bullets(holding.subList(0, Math.min(8, holding.size()))));
			if (holding.size() > 8) {
				pdf.add(para("and " + (holding.size() - 8) + " more in the full report."));
			}
		}
		List<List<String>> segments = new ArrayList<>();
		for (MaturityReport.SegmentResult s : r.segments()) {
			segments.add(List.of(s.name() + " (" + s.kind() + ")", String.format(Locale.UK, "%,d", s.respondents()),
					level(s.overall().level(), s.overall().levelName()), score(s.overall().score())));
		}
		if (!segments.isEmpty()) {
			pdf.add(new Block.Heading("By department and role"));
			pdf.add(new Block.Table(List.of("Group", "Respondents", "Overall level", "Score"), segments,
					new float[] { 4, 1.6f, 3, 1.3f }));
		}
		return new PdfBlocks(10).render(title, pdf);
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

	private static Block bold(String text) {
		return new Block.Para(text, true);
	}

	private static Block para(String text) {
		return new Block.Para(text, false);
	}

}
