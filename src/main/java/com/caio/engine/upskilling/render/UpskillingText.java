package com.caio.engine.upskilling.render;

import com.caio.engine.storage.Run;
import com.caio.engine.upskilling.UpskillingReport;
import com.caio.engine.upskilling.UpskillingReport.GroupScore;
import com.caio.engine.upskilling.UpskillingReport.ModuleResult;
import com.caio.engine.upskilling.UpskillingReport.Shift;
import com.caio.engine.upskilling.model.RejectedLine;

/** The plain-text result the CLI prints. */
public final class UpskillingText {

	private UpskillingText() {
	}

	public static String render(Run<UpskillingReport> run) {
		UpskillingReport r = run.result();
		StringBuilder out = new StringBuilder();
		out.append(r.name())
			.append(r.organisation() == null ? "" : ", " + r.organisation())
			.append(" (run ")
			.append(run.id())
			.append(", rules ")
			.append(run.ruleSetVersion(), 0, Math.min(12, run.ruleSetVersion().length()))
			.append(")\n\nCriteria:\n");
		r.criteria()
			.forEach(c -> out.append("  ")
				.append(c.number())
				.append(". ")
				.append(c.state().toUpperCase(java.util.Locale.ROOT))
				.append(": ")
				.append(c.evidence())
				.append('\n'));
		baseline(r, out);
		modules(r, out);
		shift(r.shift(), out);
		out.append("\nFindings:\n");
		r.findings().forEach(f -> out.append(f.line()));
		var rej = r.rejected();
		out.append("\nLines left out: survey ")
			.append(rej.survey())
			.append(", results ")
			.append(rej.results())
			.append(", task log ")
			.append(rej.taskLog())
			.append('\n');
		for (RejectedLine l : rej.lines()) {
			out.append("  ").append(l.where()).append(": ").append(l.reason()).append('\n');
		}
		return out.toString();
	}

	private static void baseline(UpskillingReport r, StringBuilder out) {
		var b = r.baseline();
		out.append("\nSkills baseline: ")
			.append(b.respondents())
			.append(" people, ")
			.append(Words.pct(b.shareAtTarget()))
			.append(" of assessments at or above target\n");
		group("Area", b.areas(), out);
		group("Role", b.roles(), out);
		group("Team", b.teams(), out);
		out.append("  Skills (role: mean / target, share at target):\n");
		b.skills()
			.stream()
			.filter(s -> !s.role().equals("all"))
			.forEach(s -> out.append("    ")
				.append(s.critical() ? "! " : "  ")
				.append(s.skill())
				.append(' ')
				.append(s.role())
				.append(": ")
				.append(Words.one(s.mean()))
				.append(" / ")
				.append(s.target())
				.append(", ")
				.append(Words.pct(s.share()))
				.append(" (")
				.append(s.assessed())
				.append(")\n"));
		b.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
	}

	private static void group(String label, java.util.List<GroupScore> groups, StringBuilder out) {
		for (GroupScore g : groups) {
			out.append("  ")
				.append(label)
				.append(' ')
				.append(g.group())
				.append(": ")
				.append(Words.pct(g.share()))
				.append(" at target")
				.append(g.meanGap() == null ? "" : ", mean gap " + Words.one(g.meanGap()))
				.append(" (")
				.append(g.people())
				.append(" people)\n");
		}
	}

	private static void modules(UpskillingReport r, StringBuilder out) {
		out.append("\nModules:\n");
		for (ModuleResult m : r.modules()) {
			out.append("  ")
				.append(m.title())
				.append(" (month ")
				.append(m.month())
				.append("): ")
				.append(m.deliveredAndAssessed() ? "delivered and assessed" : "not yet assessed")
				.append("; completion ")
				.append(Words.pct(m.completion()))
				.append(" of ")
				.append(m.audienceSize());
			if (m.meanGain() != null) {
				out.append("; gain ").append(Words.signed(m.meanGain()));
				if (m.gainLow() != null) {
					out.append(" [95% CI ")
						.append(Words.one(m.gainLow()))
						.append(", ")
						.append(Words.one(m.gainHigh()))
						.append(']');
				}
			}
			out.append("; reached outcome ").append(Words.pct(m.reachedShare()));
			if (m.meanSatisfaction() != null) {
				out.append("; satisfaction ").append(Words.one(m.meanSatisfaction())).append("/5");
			}
			out.append('\n');
		}
	}

	private static void shift(Shift s, StringBuilder out) {
		out.append("\nCapability shift (external AI hours): ").append(s.state()).append('\n');
		out.append("  baseline ")
			.append(Words.hours(s.baselineExternalHours()))
			.append(" hours a month (")
			.append(String.join(", ", s.baselineMonths()))
			.append(")\n");
		s.months()
			.forEach(m -> out.append("  ")
				.append(m.month())
				.append(" (month ")
				.append(m.programmeMonth())
				.append("): external ")
				.append(Words.hours(m.externalHours()))
				.append(", in-house share ")
				.append(m.inHouseShare() == null ? "-" : Words.pct(m.inHouseShare()))
				.append(", reduction ")
				.append(Words.pct(m.reduction()))
				.append('\n'));
		if (s.slope() != null) {
			out.append("  trend: ")
				.append(Words.signed(s.slope()))
				.append(" hours a month [95% CI ")
				.append(Words.one(s.slopeLow()))
				.append(", ")
				.append(Words.one(s.slopeHigh()))
				.append("] (")
				.append(s.method())
				.append(")\n  projected reduction at month ")
				.append(s.targetMonth())
				.append(": ")
				.append(Words.pct(s.projectedReduction()))
				.append(" [")
				.append(Words.pct(s.projectionLow()))
				.append(", ")
				.append(Words.pct(s.projectionHigh()))
				.append("]; probability of reaching ")
				.append(Words.pct(s.target()))
				.append(": ")
				.append(Words.pct(s.probability()))
				.append('\n');
		}
	}

}
