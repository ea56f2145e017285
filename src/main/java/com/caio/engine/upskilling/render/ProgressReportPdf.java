package com.caio.engine.upskilling.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.caio.engine.print.Block;
import com.caio.engine.print.PdfBlocks;
import com.caio.engine.rules.Finding;
import com.caio.engine.storage.Run;
import com.caio.engine.upskilling.UpskillingReport;
import com.caio.engine.upskilling.UpskillingReport.GroupScore;
import com.caio.engine.upskilling.UpskillingReport.ModuleResult;
import com.caio.engine.upskilling.UpskillingReport.Shift;
import com.caio.engine.upskilling.UpskillingReport.ShiftMonth;
import com.caio.engine.upskilling.UpskillingReport.Criterion;

/**
 * The quarterly progress report a Head of Innovation forwards: where the story's four
 * criteria stand, the skills baseline, the modules' results and the capability shift with
 * its chart. Plain sentences: no rule ids, no field names. Written as blocks
 * ({@link PdfBlocks}), so the same run prints the same bytes.
 */
public final class ProgressReportPdf {

	private static final float SIZE = 9.5f;

	private ProgressReportPdf() {
	}

	public static byte[] render(Run<UpskillingReport> run) {
		UpskillingReport r = run.result();
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Title("Upskilling progress report",
				r.name() + (r.organisation() == null ? "" : ", " + r.organisation()) + ". " + period(r)));
		blocks.add(new Block.Heading("Where the programme stands"));
		blocks.add(new Block.Bullets(r.criteria().stream().map(c -> criterion(c, r)).toList()));
		baseline(blocks, r);
		modules(blocks, r);
		shift(blocks, r.shift(), r);
		attention(blocks, r);
		blocks.add(new Block.Para("Prepared on " + run.at().atZone(java.time.ZoneOffset.UTC).toLocalDate() + " from "
				+ run.input().name() + ". Statistical method: paired t intervals for learning gains; a least-squares "
				+ "trend for external hours, its probability read from the t distribution.", false));
		return new PdfBlocks(SIZE).render("Upskilling progress report: " + r.name(), blocks);
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
					+ r.baseline().respondents() + " people; " + curriculum(r)
					+ (c.state().equals("met")
							? " with measurable learning outcomes, covering every critical gap (agreed once an "
									+ "executive approves it on the engagement)."
							: ", not yet acceptable (see what needs attention).");
			case 2 -> (c.state().equals("met") ? "Met: " : "Not yet: ")
					+ r.modules().stream().filter(ModuleResult::deliveredAndAssessed).count()
					+ " training modules delivered and assessed (at least " + policy(r, "min-modules") + " needed).";
			case 3 -> Words.capital(c.state()) + ": " + shiftSentence(r.shift());
			default -> "Independent iteration: recorded on the engagement when a product team runs an AI feature "
					+ "iteration with coaching in advisory mode.";
		};
	}

	private static String curriculum(UpskillingReport r) {
		int modules = r.modules().size();
		String length = r.curriculum() == null ? "" : r.curriculum().months() + "-month ";
		return "a " + length + "curriculum of " + modules + (modules == 1 ? " module" : " modules");
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

	private static void baseline(List<Block> d, UpskillingReport r) {
		var b = r.baseline();
		d.add(new Block.Heading("Skills baseline"));
		d.add(new Block.Para(b.respondents() + " people answered the skills survey. " + Words.pct(b.shareAtTarget())
				+ " of their skill ratings are at or above the target for their role.", false));
		List<List<String>> rows = new ArrayList<>();
		for (GroupScore g : b.areas()) {
			rows.add(List.of(g.group(), String.valueOf(g.people()), Words.pct(g.share()), Words.one(g.meanGap())));
		}
		d.add(new Block.Table(List.of("Area", "People", "At target", "Mean gap (levels)"), rows,
				new float[] { 3, 1.2f, 1.6f, 1.6f }));
		List<String> critical = new ArrayList<>();
		b.skills()
			.stream()
			.filter(s -> s.critical() && !s.role().equals("all"))
			.forEach(s -> critical.add(s.text() + " (" + s.role() + "s: average " + Words.one(s.mean())
					+ " against a target of " + s.target() + ")"));
		if (!critical.isEmpty()) {
			d.add(new Block.Para("Critical gaps the curriculum must close:", false));
			d.add(new Block.Bullets(critical));
		}
	}

	private static void modules(List<Block> d, UpskillingReport r) {
		d.add(new Block.Heading("Training modules"));
		List<List<String>> rows = new ArrayList<>();
		for (ModuleResult m : r.modules()) {
			String gain = m.meanGain() == null ? "no paired scores" : Words.signed(m.meanGain()) + (m.gainLow() == null
					? "" : " (" + Words.one(m.gainLow()) + " to " + Words.one(m.gainHigh()) + ")");
			rows.add(List.of(m.title() + (m.deliveredAndAssessed() ? "" : " (not yet assessed)"),
					String.valueOf(m.month()), Words.pct(m.completion()), gain, Words.pct(m.reachedShare()),
					m.meanSatisfaction() == null ? "-" : Words.one(m.meanSatisfaction()) + " of 5"));
		}
		d.add(new Block.Table(
				List.of("Module", "Month", "Completion", "Mean gain (95% interval)", "Reached outcome", "Satisfaction"),
				rows, new float[] { 3.2f, 0.9f, 1.3f, 2.2f, 1.3f, 1.2f }));
		d.add(new Block.Para(
				"Gains are post-assessment minus pre-assessment scores of the same people. Behaviour: " + behaviour(r),
				false));
	}

	private static void shift(List<Block> d, Shift s, UpskillingReport r) {
		d.add(new Block.Heading("Capability shift: external AI hours"));
		if (s.months().isEmpty()) {
			d.add(new Block.Para("No task log was given.", false));
			return;
		}
		d.add(new Block.Para(
				"Baseline: " + Words.hours(s.baselineExternalHours()) + " external AI hours a month ("
						+ String.join(", ", s.baselineMonths().stream().map(Words::month).toList()) + "). "
						+ Words.capital(shiftSentence(s))
						+ (s.slope() == null ? ""
								: " The trend falls by " + Words.one(-s.slope()) + " hours a month (95% interval "
										+ Words.one(-s.slopeHigh()) + " to " + Words.one(-s.slopeLow()) + ")."),
				false));
		d.add(new Block.Picture(ShiftChart.png(r), 510, 272));
		List<List<String>> rows = new ArrayList<>();
		List<ShiftMonth> months = s.months();
		for (ShiftMonth m : months.subList(Math.max(0, months.size() - 3), months.size())) {
			rows.add(List.of(Words.month(m.month()), Words.hours(m.externalHours()),
					m.inHouseShare() == null ? "-" : Words.pct(m.inHouseShare()), Words.pct(-m.reduction())));
		}
		d.add(new Block.Table(List.of("Month", "External hours", "In-house share", "Change from baseline"), rows,
				new float[] { 1.6f, 1.6f, 1.6f, 1.6f }));
	}

	private static void attention(List<Block> d, UpskillingReport r) {
		// critical gaps are listed under the baseline; team gaps are summarised per team
		List<Finding> serious = r.findings()
			.stream()
			.filter(f -> f.severity() != Finding.INFO && !f.ruleId().equals("UPS-GAP-001")
					&& !f.ruleId().equals("UPS-TEAM-001"))
			.toList();
		Map<String, Long> teams = new TreeMap<>();
		r.findings()
			.stream()
			.filter(f -> f.ruleId().equals("UPS-TEAM-001"))
			.forEach(f -> teams.merge(f.segment().substring("team ".length()), 1L, Long::sum));
		d.add(new Block.Heading("What needs attention"));
		List<String> items = new ArrayList<>();
		serious.subList(0, Math.min(12, serious.size())).forEach(f -> items.add(f.message()));
		if (serious.size() > 12) {
			items.add("And " + (serious.size() - 12) + " more in the full results.");
		}
		if (!teams.isEmpty()) {
			List<String> parts = new ArrayList<>();
			teams.forEach((team, n) -> parts.add(team + " (" + n + (n == 1 ? " skill)" : " skills)")));
			items.add("Teams with no one at target in a skill their roles need, so they still depend on others for it: "
					+ String.join(", ", parts) + ". The full results name the skills.");
		}
		long left = r.rejected().survey() + r.rejected().results() + r.rejected().taskLog();
		if (left > 0) {
			items.add(left + " lines of the input files were left out as unreadable; the full results list them with "
					+ "the reason.");
		}
		d.add(items.isEmpty() ? new Block.Para("Nothing: every rule the practice applies is satisfied.", false)
				: new Block.Bullets(items));
	}

	private static String behaviour(UpskillingReport r) {
		return r.modules()
			.stream()
			.filter(m -> m.inHouseShareBefore() != null && m.inHouseShareAfter() != null)
			.findFirst()
			.map(m -> "after " + m.title() + ", the in-house share of AI work went from "
					+ Words.pct(m.inHouseShareBefore()) + " to " + Words.pct(m.inHouseShareAfter()) + " ("
					+ Words.points(m.inHouseShareBefore(), m.inHouseShareAfter()) + ").")
			.orElse("no task log after the modules yet.");
	}

	private static long policy(UpskillingReport r, String name) {
		return r.policy()
			.stream()
			.filter(p -> p.name().equals(name))
			.mapToLong(p -> (long) p.value())
			.findFirst()
			.orElse(0);
	}

}
