package com.caio.engine.governance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.caio.engine.governance.model.Criterion;
import com.caio.engine.rules.Finding;

/**
 * The RAG status of each section, from the criteria the rules decided and their findings:
 * red for a criterion not met or a critical finding, amber for one pending or a warning,
 * green otherwise; and the decisions the executives are asked for.
 */
final class Status {

	static final String GREEN = "GREEN";

	static final String AMBER = "AMBER";

	static final String RED = "RED";

	private Status() {
	}

	static List<GovernanceReport.Section> sections(List<GovernanceReport.CriterionResult> criteria,
			List<GovernanceReport.Kpi> kpis, GovernanceReport.RiskChanges risk,
			List<GovernanceReport.RoadmapItem> roadmap, List<GovernanceReport.IncidentLine> incidents,
			List<Finding> findings) {
		List<GovernanceReport.Section> sections = new ArrayList<>();
		long six = kpis.stream().filter(k -> improved(k, 6)).count();
		long twelve = kpis.stream().filter(k -> improved(k, 12)).count();
		sections.add(new GovernanceReport.Section("KPI trends", rag(criteria.get(2), findings, "kpis"),
				six + " of " + kpis.size() + " KPIs improved measurably at 6 months, " + twelve + " at 12 months"));
		long late = roadmap.stream().filter(r -> r.status().equals("late")).count();
		long done = roadmap.stream().filter(r -> r.status().equals("done")).count();
		sections.add(new GovernanceReport.Section("Risk register", rag(null, findings, "risk"), risk.added().size()
				+ " new, " + risk.closed().size() + " closed, " + risk.rerated().size() + " re-rated" + totals(risk)));
		sections.add(new GovernanceReport.Section("Roadmap", rag(null, findings, "roadmap"),
				done + " done, " + late + " late, " + (roadmap.size() - done - late) + " open"));
		sections.add(new GovernanceReport.Section("Governance framework", rag(criteria.get(1), findings, "framework"),
				criteria.get(1).reason()));
		long inPeriod = incidents.stream().filter(GovernanceReport.IncidentLine::inPeriod).count();
		sections.add(new GovernanceReport.Section("Incidents", rag(criteria.get(3), findings, "incidents"),
				inPeriod + " in the quarter, " + incidents.stream().filter(GovernanceReport.IncidentLine::late).count()
						+ " reported late to the regulator"));
		sections.add(new GovernanceReport.Section("Pack and review meeting", rag(criteria.get(0), findings, "pack"),
				criteria.get(0).reason()));
		return sections;
	}

	static String overall(List<GovernanceReport.Section> sections) {
		if (sections.stream().anyMatch(s -> s.rag().equals(RED))) {
			return RED;
		}
		return sections.stream().anyMatch(s -> s.rag().equals(AMBER)) ? AMBER : GREEN;
	}

	/** What the executives must decide: each critical finding, then each warning. */
	static List<String> decisionsNeeded(List<Finding> findings, List<GovernanceReport.CriterionResult> criteria) {
		Set<String> out = new LinkedHashSet<>();
		findings.stream().filter(Finding::critical).forEach(f -> out.add(f.message()));
		findings.stream().filter(f -> f.severity() == Finding.WARNING).forEach(f -> out.add(f.message()));
		return List.copyOf(out);
	}

	private static String rag(GovernanceReport.CriterionResult criterion, List<Finding> findings, String segment) {
		boolean critical = findings.stream().anyMatch(f -> segment.equals(f.segment()) && f.critical());
		boolean warning = findings.stream().anyMatch(f -> segment.equals(f.segment()) && !f.critical());
		if (critical || criterion != null && criterion.state().equals(Criterion.NOT_MET)) {
			return RED;
		}
		if (warning || criterion != null && criterion.state().equals(Criterion.PENDING)) {
			return AMBER;
		}
		return GREEN;
	}

	private static boolean improved(GovernanceReport.Kpi k, int month) {
		return k.reviews().stream().anyMatch(r -> r.month() == month && r.state().equals("IMPROVED"));
	}

	private static String totals(GovernanceReport.RiskChanges risk) {
		List<GovernanceReport.Totals> t = risk.trend();
		if (t.isEmpty()) {
			return "";
		}
		GovernanceReport.Totals last = t.get(t.size() - 1);
		return "; residual score " + last.mitigated() + " of inherent " + last.inherent();
	}

}
