package com.caio.engine.maturity;

import java.util.Locale;

import com.caio.engine.storage.Run;

/** The report as a plain-text table for the terminal. */
final class MaturityText {

	private MaturityText() {
	}

	static String render(Run<MaturityReport> run) {
		MaturityReport r = run.result();
		StringBuilder s = new StringBuilder();
		s.append("AI maturity assessment #").append(run.id()).append(" of ").append(run.input().name()).append('\n');
		s.append(String.format(Locale.ROOT, "%d respondents scored, %d row(s) rejected, %s format, rules %s%n",
				r.respondents(), r.rejectedCount(), r.format(), run.ruleSetVersion().substring(0, 12)));
		s.append('\n')
			.append(String.format(Locale.ROOT, "%-18s %6s  %-14s %s%n", "Dimension", "Score", "Level", "Answered"));
		for (MaturityReport.DimensionResult d : r.dimensions()) {
			s.append(String.format(Locale.ROOT, "%-18s %6s  %-14s %d%n", d.name(), score(d.score()),
					level(d.level(), d.levelName()), d.answered()));
		}
		s.append(String.format(Locale.ROOT, "%-18s %6s  %-14s%n", "Overall", score(r.overall().score()),
				level(r.overall().level(), r.overall().levelName())));
		if (!r.findings().isEmpty()) {
			s.append("\nFindings\n");
			for (MaturityReport.MaturityFinding f : r.findings()) {
				s.append(String.format(Locale.ROOT, "  [%s] %s %s: %s (%s)%n", f.severity(), f.ruleId(),
						f.segment().equals("all") ? f.dimension() : f.segment() + " " + f.dimension(), f.message(),
						String.join(", ", f.questionIds())));
			}
		}
		if (!r.segments().isEmpty()) {
			s.append("\nBy segment (overall score and level)\n");
			for (MaturityReport.SegmentResult seg : r.segments()) {
				s.append(String.format(Locale.ROOT, "  %-32s %4d respondents  %6s  %s%n", seg.segment(),
						seg.respondents(), score(seg.overall().score()),
						level(seg.overall().level(), seg.overall().levelName())));
			}
		}
		if (r.rejectedCount() > 0) {
			s.append("\nRejected rows\n");
			for (RejectedRow row : r.rejectedRows()) {
				s.append("  line ").append(row.line());
				if (row.column() > 0) {
					s.append(", column ").append(row.column());
				}
				s.append(": ").append(row.reason()).append('\n');
			}
			if (r.rejectedCount() > r.rejectedRows().size()) {
				s.append("  ... and ").append(r.rejectedCount() - r.rejectedRows().size()).append(" more\n");
			}
		}
		r.notes().forEach(n -> s.append("\nNote: ").append(n).append('\n'));
		return s.toString();
	}

	private static String score(Double score) {
		return score == null ? "-" : String.format(Locale.ROOT, "%.2f", score);
	}

	private static String level(Integer level, String name) {
		return level == null ? "-" : level + " " + name;
	}

}
