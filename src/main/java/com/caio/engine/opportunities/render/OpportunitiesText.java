package com.caio.engine.opportunities.render;

import java.util.List;

import com.caio.engine.opportunities.Numbers;
import com.caio.engine.opportunities.OpportunitiesReport;
import com.caio.engine.storage.Run;
import com.caio.engine.rules.Finding;

/** The run as plain text for the terminal. */
public final class OpportunitiesText {

	private OpportunitiesText() {
	}

	public static String render(Run<OpportunitiesReport> run) {
		StringBuilder s = new StringBuilder();
		OpportunitiesReport r = run.result();
		s.append("Opportunities run #").append(run.id()).append(" of ").append(run.input().name()).append('\n');
		if (r.backlog() != null) {
			backlog(s, r.backlog());
		}
		if (r.mvpPlan() != null) {
			plan(s, r.mvpPlan());
		}
		if (!r.findings().isEmpty()) {
			s.append("\nFindings\n");
			for (Finding f : r.findings()) {
				s.append(f.line());
			}
		}
		s.append("\nRule set ")
			.append(run.ruleSetVersion(), 0, Math.min(12, run.ruleSetVersion().length()))
			.append('\n');
		return s.toString();
	}

	private static void backlog(StringBuilder s, OpportunitiesReport.Backlog b) {
		s.append("\nBacklog: ")
			.append(b.name())
			.append(" - ")
			.append(b.size())
			.append(" use cases (policy ")
			.append(b.sizeMin())
			.append('-')
			.append(b.sizeMax())
			.append(")\n");
		s.append("Ranked by ").append(Labels.method(b.method())).append(": ").append(b.formula()).append('\n');
		s.append("Ties broken by ").append(b.tieBreak()).append('\n');
		for (OpportunitiesReport.Ranked r : b.ranked()) {
			s.append(String.format("  %d. %-34s score %10s  %s; %s; risk %s%n", r.rank(), r.title(),
					Labels.score(b, r.score()), Labels.band(r), Labels.effort(r), r.riskLevel()));
		}
		for (OpportunitiesReport.GoNoGo g : b.goNoGo()) {
			s.append("\n")
				.append(g.rank())
				.append(". ")
				.append(g.title())
				.append(": ")
				.append(Labels.decision(g.decision()))
				.append('\n');
			g.reasonsAgainst().forEach(x -> s.append("   against: ").append(x).append('\n'));
			g.conditions().forEach(x -> s.append("   condition: ").append(x).append('\n'));
			if (g.mvpScope() != null) {
				s.append("   MVP in: ").append(String.join("; ", g.mvpScope().in())).append('\n');
				s.append("   MVP out: ").append(String.join("; ", g.mvpScope().out())).append('\n');
				s.append("   Target: ")
					.append(g.mvpScope().targetMetric())
					.append(" +")
					.append(Numbers.plain(g.mvpScope().upliftLowPercent()))
					.append(" to +")
					.append(Numbers.plain(g.mvpScope().upliftHighPercent()))
					.append("%\n");
				g.mvpScope().acceptanceCriteria().forEach(x -> s.append("   Accept when: ").append(x).append('\n'));
			}
			s.append("   rules: ")
				.append(String.join(", ", g.firedRules().stream().map(OpportunitiesReport.RuleFired::ruleId).toList()))
				.append('\n');
		}
	}

	private static void plan(StringBuilder s, OpportunitiesReport.MvpPlan p) {
		s.append("\nTime to MVP: ")
			.append(p.name())
			.append(", pilot start ")
			.append(Labels.date(p.pilotStart()))
			.append("; ")
			.append(Numbers.whole(p.draws()))
			.append(" draws, ")
			.append(p.distribution())
			.append(", seed ")
			.append(p.seed())
			.append('\n');
		s.append("Target: within ")
			.append(Numbers.plain(p.targetMonths()))
			.append(" months, by ")
			.append(Labels.date(p.targetDate()))
			.append(" (")
			.append(p.targetWorkingDays())
			.append(" working days)\n");
		for (OpportunitiesReport.Mode m : p.modes()) {
			s.append(String.format("  %-26s P50 %s (%s), P80 %s (%s), within target: %s%n", m.label(),
					Labels.days(m.p50Days()), Labels.date(m.p50Date()), Labels.days(m.p80Days()),
					Labels.date(m.p80Date()), Labels.probability(m.probabilityWithinTarget())));
		}
		s.append("  Reduction: P50 ")
			.append(Numbers.one(p.reduction().p50Days()))
			.append(" working days (")
			.append(Numbers.one(p.reduction().p50Percent()))
			.append("%), P80 ")
			.append(Numbers.one(p.reduction().p80Days()))
			.append(" working days (")
			.append(Numbers.one(p.reduction().p80Percent()))
			.append("%)\n");
		s.append("Most often critical (internal / assisted):\n");
		for (OpportunitiesReport.CriticalTask t : p.criticalTasks()) {
			s.append("  ")
				.append(t.name())
				.append(": ")
				.append(Numbers.percent(t.internalShare()))
				.append(" / ")
				.append(Numbers.percent(t.assistedShare()))
				.append('\n');
		}
		s.append("People (assisted plan):\n");
		for (OpportunitiesReport.PersonLoad l : p.resourcePlan().people()) {
			s.append("  ")
				.append(l.name())
				.append(" (")
				.append(l.role())
				.append("): ")
				.append(Numbers.one(l.totalHours()))
				.append(" h in total, peak ")
				.append(Numbers.percent(l.peakUtilisation()))
				.append(" of ")
				.append(Numbers.one(l.capacityHoursPerWeek()))
				.append(" h a week\n");
		}
		s.append("Coaching: ")
			.append(p.coaching().people())
			.append(" people, ")
			.append(Numbers.one(p.coaching().totalHours()))
			.append(" hours\n");
		List<String> criteria = p.acceptanceCriteria();
		criteria.forEach(c -> s.append("  Accept when: ").append(c).append('\n'));
	}

}
