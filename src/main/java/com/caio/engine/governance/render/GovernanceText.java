package com.caio.engine.governance.render;

import com.caio.engine.governance.GovernanceReport;
import com.caio.engine.storage.Run;

/**
 * The pack as plain text: status, criteria, KPIs, risk changes, roadmap, framework,
 * incidents.
 */
public final class GovernanceText {

	private GovernanceText() {
	}

	public static String render(Run<GovernanceReport> run) {
		GovernanceReport r = run.result();
		StringBuilder out = new StringBuilder();
		out.append("Quarterly governance pack ").append(r.quarter());
		if (r.engagement() != null) {
			out.append(" - ").append(r.engagement().client());
		}
		out.append("\nAs of ")
			.append(Words.day(r.asOf()))
			.append("; overall ")
			.append(Words.rag(r.overall()))
			.append("\n\nCriteria\n");
		r.criteria()
			.forEach(c -> out.append("  ")
				.append(c.number())
				.append(". ")
				.append(Words.state(c.state()))
				.append(": ")
				.append(c.criterion())
				.append("\n     ")
				.append(c.reason())
				.append(" [")
				.append(c.rule())
				.append("]\n"));
		out.append("\nSections\n");
		r.sections()
			.forEach(s -> out.append("  ")
				.append(pad(Words.rag(s.rag()), 6))
				.append(s.section())
				.append(": ")
				.append(s.headline())
				.append('\n'));
		out.append("\nKPIs\n");
		for (GovernanceReport.Kpi k : r.kpis()) {
			out.append("  ")
				.append(k.name())
				.append(" (")
				.append(k.cadence())
				.append(", baseline ")
				.append(Words.value(k.baselineMean(), k.unit()))
				.append(" over ")
				.append(k.baselinePoints())
				.append(" points, go-live ")
				.append(Words.day(k.goLive()))
				.append(")\n");
			k.reviews()
				.forEach(v -> out.append("    ")
					.append(v.month())
					.append(" months (")
					.append(Words.day(v.day()))
					.append("): ")
					.append(Words.review(k, v))
					.append('\n'));
		}
		GovernanceReport.RiskChanges risk = r.risk();
		out.append("\nRisk register: ")
			.append(risk.added().size())
			.append(" new, ")
			.append(risk.closed().size())
			.append(" closed, ")
			.append(risk.rerated().size())
			.append(" re-rated, ")
			.append(risk.ownerChanges().size())
			.append(" owner changes\n");
		risk.added()
			.forEach(a -> out.append("  new: ")
				.append(a.title())
				.append(" (")
				.append(a.score())
				.append(", ")
				.append(a.band())
				.append(")\n"));
		risk.closed().forEach(a -> out.append("  closed: ").append(a.title()).append('\n'));
		risk.rerated()
			.forEach(a -> out.append("  re-rated: ")
				.append(a.title())
				.append(" ")
				.append(a.scoreBefore())
				.append(" ")
				.append(a.bandBefore())
				.append(" -> ")
				.append(a.scoreAfter())
				.append(" ")
				.append(a.bandAfter())
				.append('\n'));
		risk.ownerChanges()
			.forEach(o -> out.append("  owner: ")
				.append(o.title())
				.append(" ")
				.append(o.ownerBefore())
				.append(" -> ")
				.append(o.ownerAfter())
				.append('\n'));
		risk.trend()
			.forEach(t -> out.append("  ")
				.append(t.quarter())
				.append(": inherent ")
				.append(t.inherent())
				.append(", residual ")
				.append(t.mitigated())
				.append('\n'));
		out.append("\nRoadmap\n");
		r.roadmap()
			.forEach(i -> out.append("  ")
				.append(pad(i.status(), 6))
				.append(i.kind())
				.append(": ")
				.append(i.name())
				.append(i.due() == null ? "" : " (due " + Words.day(i.due()) + ")")
				.append('\n'));
		out.append("\nFramework adoption\n");
		r.framework()
			.teams()
			.forEach(t -> out.append("  ")
				.append(t.team())
				.append(": ")
				.append(t.adoptedOn() == null ? "not adopted" : "adopted " + Words.day(t.adoptedOn()))
				.append(", ")
				.append(Words.number(t.sharePercent(), 0))
				.append("% of controls\n"));
		r.framework()
			.controls()
			.forEach(c -> out.append("  ")
				.append(c.control())
				.append(": ")
				.append(c.adopted())
				.append(" of ")
				.append(c.teams())
				.append(" teams\n"));
		out.append("\nIncidents: ")
			.append(r.incidents().inPeriod())
			.append(" in the quarter, ")
			.append(r.incidents().majorInPeriod())
			.append(" major or critical\n");
		r.incidents()
			.register()
			.forEach(i -> out.append("  ")
				.append(i.id())
				.append(" ")
				.append(i.occurred())
				.append(" ")
				.append(Words.plain(i.kind()))
				.append(", ")
				.append(i.severity())
				.append(i.late() ? ", reported late" : "")
				.append('\n'));
		out.append("\nDecisions needed\n");
		r.decisionsNeeded().forEach(d -> out.append("  - ").append(d).append('\n'));
		out.append("\nInputs\n");
		r.inputs()
			.forEach(s -> out.append("  ")
				.append(s.role())
				.append(": ")
				.append(s.name())
				.append(" sha256 ")
				.append(s.sha256())
				.append('\n'));
		out.append("Rules ").append(run.ruleSetVersion()).append('\n');
		return out.toString();
	}

	private static String pad(String text, int width) {
		return String.format("%-" + width + "s", text);
	}

}
