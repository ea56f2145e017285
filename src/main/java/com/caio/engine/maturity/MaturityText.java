package com.caio.engine.maturity;

import java.util.Locale;

import com.caio.engine.storage.Run;

/**
 * The report as a plain-text table for the terminal. Dimensions and groups are named as
 * people read them; rule and question ids follow each finding as its reference.
 */
final class MaturityText {

	private MaturityText() {
	}

	static String render(Run<MaturityReport> run) {
		MaturityReport r = run.result();
		StringBuilder s = new StringBuilder();
		s.append("AI maturity assessment #").append(run.id()).append(" of ").append(run.input().name()).append('\n');
		s.append(String.format(Locale.ROOT, "%s scored, %s rejected, %s format, rules %s%n",
				count(r.respondents(), "respondent"), count(r.rejectedCount(), "row"), r.format(),
				run.ruleSetVersion().substring(0, 12)));
		s.append('\n')
			.append(String.format(Locale.ROOT, "%-18s %6s  %-14s %s%n", "Dimension", "Score", "Level", "Answered"));
		for (MaturityReport.DimensionResult d : r.dimensions()) {
			s.append(String.format(Locale.ROOT, "%-18s %6s  %-14s %,d%n", d.name(), score(d.score()),
					level(d.level(), d.levelName()), d.answered()));
		}
		s.append(String.format(Locale.ROOT, "%-18s %6s  %s%n", "Overall", score(r.overall().score()),
				level(r.overall().level(), r.overall().levelName())));
		if (!r.findings().isEmpty()) {
			s.append("\nFindings\n");
			for (MaturityReport.MaturityFinding f : r.findings()) {
				s.append(String.format(Locale.ROOT, "  [%s] %s: %s (%s%s)%n", f.severity(), subject(r, f),
						MaturityPdf.plain(r, f.message()), f.ruleId(),
						f.questionIds().isEmpty() ? "" : "; questions " + String.join(", ", f.questionIds())));
			}
		}
		if (!r.segments().isEmpty()) {
			s.append("\nBy segment (overall score and level)\n");
			for (MaturityReport.SegmentResult seg : r.segments()) {
				s.append(
						String.format(Locale.ROOT, "  %-32s %,4d respondents  %6s  %s%n", group(seg), seg.respondents(),
								score(seg.overall().score()), level(seg.overall().level(), seg.overall().levelName())));
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
				s.append(String.format(Locale.ROOT, "  ... and %,d more%n",
						r.rejectedCount() - r.rejectedRows().size()));
			}
		}
		r.notes().forEach(n -> s.append("\nNote: ").append(n).append('\n'));
		return s.toString();
	}

	/**
	 * The dimension a finding concerns, by name, and the group when it is not everyone.
	 */
	private static String subject(MaturityReport r, MaturityReport.MaturityFinding f) {
		String dimension = r.dimensions()
			.stream()
			.filter(d -> d.dimension().equals(f.dimension()))
			.map(MaturityReport.DimensionResult::name)
			.findFirst()
			.orElse(f.dimension().equals("overall") ? "Overall" : f.dimension());
		if (f.segment().equals("all")) {
			return dimension;
		}
		return r.segments()
			.stream()
			.filter(seg -> seg.segment().equals(f.segment()))
			.map(seg -> group(seg) + ", " + dimension.toLowerCase(Locale.ROOT))
			.findFirst()
			.orElse(f.segment() + ", " + dimension.toLowerCase(Locale.ROOT));
	}

	private static String group(MaturityReport.SegmentResult seg) {
		return seg.name() + " (" + seg.kind() + ")";
	}

	private static String count(long n, String noun) {
		return String.format(Locale.ROOT, "%,d ", n) + noun + (n == 1 ? "" : "s");
	}

	private static String score(Double score) {
		return score == null ? "-" : String.format(Locale.ROOT, "%.2f", score);
	}

	private static String level(Integer level, String name) {
		return level == null ? "-" : level + " " + name;
	}

}
