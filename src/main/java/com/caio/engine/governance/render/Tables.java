package com.caio.engine.governance.render;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.governance.GovernanceReport;

/**
 * The tables the PDF and the deck share, in the executives' words: header first, then
 * rows.
 */
final class Tables {

	private Tables() {
	}

	static List<List<String>> status(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Area", "Status", "Headline"));
		r.sections().forEach(s -> rows.add(List.of(s.section(), Words.rag(s.rag()), Words.capital(s.headline()))));
		return rows;
	}

	static List<List<String>> criteria(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Acceptance criterion", "Status", "Why"));
		r.criteria().forEach(c -> rows.add(List.of(c.criterion(), Words.state(c.state()), Words.capital(c.reason()))));
		return rows;
	}

	static List<List<String>> kpis(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("KPI", "Baseline", "Target", "6 months", "12 months"));
		for (GovernanceReport.Kpi k : r.kpis()) {
			rows.add(List.of(k.name(), Words.value(k.baselineMean(), k.unit()),
					k.target() == null ? "-" : Words.value(k.target(), k.unit()), cell(k, 6), cell(k, 12)));
		}
		return rows;
	}

	private static String cell(GovernanceReport.Kpi k, int month) {
		GovernanceReport.Review v = k.reviews().stream().filter(x -> x.month() == month).findFirst().orElseThrow();
		if (v.mean() == null) {
			return Words.state(v.state());
		}
		return Words.value(v.mean(), k.unit()) + " (" + Words.change(v.change(), k.unit()) + ") "
				+ Words.state(v.state()).toLowerCase(java.util.Locale.ROOT);
	}

	static List<List<String>> riskChanges(GovernanceReport.RiskChanges risk) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Change", "Risk", "Before", "After"));
		risk.added().forEach(a -> rows.add(List.of("New", a.title(), "-", a.score() + " " + a.band())));
		risk.closed().forEach(a -> rows.add(List.of("Closed", a.title(), a.score() + " " + a.band(), "-")));
		risk.rerated()
			.forEach(a -> rows.add(List.of(a.scoreAfter() > a.scoreBefore() ? "Rose" : "Fell", a.title(),
					a.scoreBefore() + " " + a.bandBefore(), a.scoreAfter() + " " + a.bandAfter())));
		risk.ownerChanges()
			.forEach(o -> rows.add(List.of("New owner", o.title(), blank(o.ownerBefore()), blank(o.ownerAfter()))));
		return rows;
	}

	static List<List<String>> roadmap(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Item", "Owner", "Due", "Status"));
		r.roadmap()
			.forEach(i -> rows.add(List.of(i.name(), blank(i.owner()), Words.day(i.due()), Words.capital(i.status()))));
		return rows;
	}

	static List<List<String>> teams(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Team", "Adopted", "Controls run", "Evidence"));
		r.framework()
			.teams()
			.stream()
			.filter(GovernanceReport.TeamShare::relevant)
			.forEach(t -> rows.add(List.of(t.team(), t.adoptedOn() == null ? "Not adopted" : Words.day(t.adoptedOn()),
					Words.number(t.sharePercent(), 0) + "%", blank(t.evidence()))));
		return rows;
	}

	static List<List<String>> controls(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Control", "Teams running it", "Share"));
		r.framework()
			.controls()
			.forEach(c -> rows.add(List.of(control(c.control()), c.adopted() + " of " + c.teams(),
					Words.number(c.sharePercent(), 0) + "%")));
		return rows;
	}

	static List<List<String>> framework(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Part", "What", "Status"));
		r.framework()
			.roles()
			.forEach(x -> rows.add(List.of("Role", x.title(), x.holder() == null ? "No holder" : x.holder())));
		r.framework()
			.escalations()
			.forEach(e -> rows
				.add(List.of("Escalation", Words.capital(e.trigger()) + ": " + String.join(" > ", e.steps()),
						e.endsWithExecutive() ? "Ends with an executive" : "No accountable executive")));
		r.framework()
			.checks()
			.forEach(c -> rows.add(List.of(Words.capital(c.area()) + " check", c.title(), c.evidencedInQuarter()
					? "Evidenced " + Words.day(c.lastEvidenced()) : "No evidence this quarter")));
		return rows;
	}

	static List<List<String>> incidents(GovernanceReport r) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Occurred", "AI system", "Kind", "Severity", "Status", "Regulator"));
		r.incidents()
			.register()
			.forEach(i -> rows.add(List.of(Words.day(i.occurred()), i.aiSystem(), Words.capital(Words.plain(i.kind())),
					Words.capital(i.severity()), Words.capital(i.status()), regulator(i))));
		return rows;
	}

	private static String regulator(GovernanceReport.IncidentLine i) {
		if (i.reportLimitDays() == null) {
			return "Not a serious incident";
		}
		String when = i.regulatorNotifiedOn() == null ? "not yet notified, day " + i.daysToReport()
				: "notified after " + i.daysToReport() + " days";
		return Words.capital(when) + " (limit " + i.reportLimitDays() + ")" + (i.late() ? " - LATE" : "");
	}

	/** ISO/IEC 42001 and NIST AI RMF ids named as such. */
	static String control(String id) {
		return id.startsWith("A.") ? "ISO/IEC 42001 " + id : "NIST AI RMF " + id;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? "-" : text;
	}

}
