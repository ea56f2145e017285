package com.caio.engine.risk;

import java.util.Locale;

import com.caio.engine.storage.Run;

/**
 * The ranked register as plain text for the terminal: headline, heatmap counts, roadmap,
 * findings (each a sentence, its rule id after it as the reference).
 */
final class RiskText {

	private static final int LISTED = 15;

	private RiskText() {
	}

	static String render(Run<RiskReport> run) {
		RiskReport r = run.result();
		StringBuilder s = new StringBuilder();
		s.append("Risk register #").append(run.id()).append(" of ").append(run.input().name());
		if (r.assessmentId() != null) {
			s.append(" with risks derived from maturity assessment #").append(r.assessmentId());
		}
		s.append('\n')
			.append(String.format(Locale.ROOT, "%s ranked, %s rejected, rules %s%n", count(r.risks().size(), "risk"),
					count(r.rejectedCount(), "row"), run.ruleSetVersion().substring(0, 12)));
		s.append("\nTop 5 risks\n")
			.append(String.format(Locale.ROOT, "  %-4s %-22s %-9s %5s  %-40s %s%n", "Rank", "Id", "Band", "LxI",
					"Title", "Owner"));
		r.risks()
			.stream()
			.limit(Ranking.HEADLINE)
			.forEach(k -> s.append(String.format(Locale.ROOT, "  %-4d %-22s %-9s %2dx%d=%-2d %-40s %s%n", k.rank(),
					k.id(), k.band(), k.likelihood(), k.impact(), k.score(), cut(k.title(), 40),
					k.owner().isEmpty() ? "(no owner)" : k.owner())));
		s.append("\nHeatmap (counts; likelihood rows, impact columns)\n");
		for (int l = 5; l >= 1; l--) {
			s.append(String.format(Locale.ROOT, "  L%d |", l));
			for (int i = 1; i <= 5; i++) {
				RiskReport.Cell c = r.heatmap().cell(l, i);
				s.append(String.format(Locale.ROOT, " %,6d %-1s", c.count(),
						c.band().isEmpty() ? " " : c.band().substring(0, 1)));
			}
			s.append('\n');
		}
		s.append("       ").append("    I1       I2       I3       I4       I5   (C/H/M/L = band)\n");
		s.append("\nRemediation roadmap (by reduction per unit of cost)\n")
			.append(String.format(Locale.ROOT, "  %3s %-22s %9s %-11s %-11s %s%n", "#", "Risk", "Reduction", "Cost",
					"Due", "Action"));
		r.remediation()
			.stream()
			.limit(LISTED)
			.forEach(a -> s
				.append(String.format(Locale.ROOT, "  %3d %-22s %9d %-11s %-11s %s%s%n", a.priority(), a.riskId(),
						a.reduction(), a.cost() == null ? "no cost" : String.format(Locale.UK, "%,.0f", a.cost()),
						a.timeline(), cut(a.action(), 50),
						a.missing().isEmpty() ? "" : "  [missing: " + String.join(", ", a.missing()) + "]")));
		more(s, r.remediation().size());
		s.append(String.format(Locale.ROOT, "%nProjected risk: %,d inherent -> %,d mitigated (%.2f%% reduction)%n",
				r.totalInherent(), r.totalMitigated(), r.reductionPercent()));
		if (!r.findings().isEmpty()) {
			s.append("\nFindings\n");
			r.findings().stream().limit(LISTED).forEach(f -> s.append(f.line()));
			more(s, r.findings().size());
		}
		if (r.rejectedCount() > 0) {
			s.append("\nRejected rows\n");
			r.rejectedRows()
				.stream()
				.limit(LISTED)
				.forEach(row -> s.append("  line ")
					.append(row.line())
					.append(row.column() > 0 ? ", column " + row.column() : "")
					.append(": ")
					.append(row.reason())
					.append('\n'));
			more(s, r.rejectedCount());
		}
		r.notes().forEach(n -> s.append("\nNote: ").append(n).append('\n'));
		return s.toString();
	}

	private static String count(long n, String noun) {
		return String.format(Locale.ROOT, "%,d ", n) + noun + (n == 1 ? "" : "s");
	}

	private static void more(StringBuilder s, long total) {
		if (total > LISTED) {
			s.append(String.format(Locale.ROOT, "  ... and %,d more (see --json)%n", total - LISTED));
		}
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
	}

}
