package com.caio.engine.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.caio.engine.governance.model.PackFacts;
import com.caio.engine.governance.model.PackInput.QuarterRisk;
import com.caio.engine.governance.model.Quarter;
import com.caio.engine.risk.RiskRankings;
import com.caio.engine.risk.RiskRankings.RankedRisk;

/**
 * What changed between last quarter's risk register and this one's: risks new and closed
 * (by id), re-rated (score or band), owners changed; the total scores of every quarter
 * given; and the remediation actions' status.
 */
final class RiskComparison {

	private RiskComparison() {
	}

	static GovernanceReport.RiskChanges compare(List<QuarterRisk> quarters, Quarter quarter) {
		QuarterRisk now = find(quarters, quarter);
		QuarterRisk before = find(quarters, quarter.previous());
		Map<String, RankedRisk> was = byId(before);
		Map<String, RankedRisk> is = byId(now);
		List<GovernanceReport.RiskLine> added = new ArrayList<>();
		List<GovernanceReport.RiskLine> closed = new ArrayList<>();
		List<GovernanceReport.Rerated> rerated = new ArrayList<>();
		List<GovernanceReport.OwnerChange> owners = new ArrayList<>();
		if (now != null && before != null) {
			for (RankedRisk r : now.ranking().risks()) {
				RankedRisk old = was.get(r.id());
				if (old == null) {
					added.add(line(r));
					continue;
				}
				if (old.score() != r.score() || !old.band().equals(r.band())) {
					rerated.add(new GovernanceReport.Rerated(r.id(), r.title(), old.score(), r.score(), old.band(),
							r.band()));
				}
				if (!Objects.equals(old.owner(), r.owner())) {
					owners.add(new GovernanceReport.OwnerChange(r.id(), r.title(), old.owner(), r.owner()));
				}
			}
			before.ranking()
				.risks()
				.stream()
				.filter(r -> !is.containsKey(r.id()))
				.map(RiskComparison::line)
				.forEach(closed::add);
		}
		List<GovernanceReport.Totals> trend = quarters.stream()
			.sorted(Comparator.comparing(QuarterRisk::quarter))
			.map(q -> new GovernanceReport.Totals(q.quarter().toString(), q.ranking().totalInherent(),
					q.ranking().totalMitigated()))
			.toList();
		return new GovernanceReport.RiskChanges(ref(now), ref(before), added, closed, rerated, owners, trend,
				heat(before), heat(now));
	}

	/**
	 * Remediation actions of this quarter's roadmap, and last quarter's whose risk
	 * closed.
	 */
	static List<GovernanceReport.RoadmapItem> actions(List<QuarterRisk> quarters, Quarter quarter, LocalDate asOf) {
		QuarterRisk now = find(quarters, quarter);
		QuarterRisk before = find(quarters, quarter.previous());
		List<GovernanceReport.RoadmapItem> items = new ArrayList<>();
		if (now == null) {
			return items;
		}
		Map<String, RankedRisk> is = byId(now);
		Map<String, RankedRisk> was = byId(before);
		for (RiskRankings.Action a : now.ranking().actions()) {
			RankedRisk risk = is.get(a.riskId());
			// done once the register rates the risk at the action's planned score, down
			// from
			// where it stood last quarter (or from this quarter's inherent score when
			// new)
			int from = was.containsKey(a.riskId()) ? was.get(a.riskId()).score() : a.inherentScore();
			boolean done = risk != null && from > a.mitigatedScore() && risk.score() <= a.mitigatedScore();
			String status = done ? "done" : a.due() != null && a.due().isBefore(asOf) ? "late" : "open";
			items.add(new GovernanceReport.RoadmapItem("remediation action", a.action(), a.owner(), a.due(), status,
					risk == null ? "" : risk.title()));
		}
		if (before != null) {
			for (RiskRankings.Action a : before.ranking().actions()) {
				if (!is.containsKey(a.riskId())) {
					String title = was.get(a.riskId()) == null ? "" : was.get(a.riskId()).title();
					items.add(new GovernanceReport.RoadmapItem("remediation action", a.action(), a.owner(), a.due(),
							"done", title + " (risk closed)"));
				}
			}
		}
		items.sort(java.util.Comparator
			.comparing(GovernanceReport.RoadmapItem::due,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
			.thenComparing(GovernanceReport.RoadmapItem::name));
		return items;
	}

	static List<PackFacts.NewRisk> newRisks(GovernanceReport.RiskChanges changes) {
		return changes.added()
			.stream()
			.map(r -> new PackFacts.NewRisk(r.id(), r.title(), r.score(), r.band()))
			.toList();
	}

	static List<PackFacts.RaisedRisk> raised(GovernanceReport.RiskChanges changes) {
		return changes.rerated()
			.stream()
			.filter(r -> r.scoreAfter() > r.scoreBefore())
			.map(r -> new PackFacts.RaisedRisk(r.id(), r.title(), r.scoreBefore(), r.scoreAfter()))
			.toList();
	}

	static QuarterRisk find(List<QuarterRisk> quarters, Quarter quarter) {
		return quarters.stream().filter(q -> q.quarter().equals(quarter)).findFirst().orElse(null);
	}

	private static Map<String, RankedRisk> byId(QuarterRisk q) {
		Map<String, RankedRisk> byId = new HashMap<>();
		if (q != null) {
			q.ranking().risks().forEach(r -> byId.put(r.id(), r));
		}
		return byId;
	}

	private static GovernanceReport.RiskLine line(RankedRisk r) {
		return new GovernanceReport.RiskLine(r.id(), r.title(), r.owner(), r.score(), r.band());
	}

	private static GovernanceReport.RunRef ref(QuarterRisk q) {
		return q == null ? null : new GovernanceReport.RunRef(q.quarter().toString(), q.ranking().runId(),
				q.ranking().inputName(), q.ranking().inputSha256(), q.ranking().risks().size());
	}

	/**
	 * The 25 cells, likelihood then impact, with the count of risks and the band colour.
	 */
	private static List<GovernanceReport.HeatCell> heat(QuarterRisk q) {
		if (q == null) {
			return List.of();
		}
		List<GovernanceReport.HeatCell> cells = new ArrayList<>();
		for (RiskRankings.Cell c : q.ranking().cells()) {
			int count = (int) q.ranking()
				.risks()
				.stream()
				.filter(r -> r.likelihood() == c.likelihood() && r.impact() == c.impact())
				.count();
			cells.add(new GovernanceReport.HeatCell(c.likelihood(), c.impact(), count, c.colour()));
		}
		return cells;
	}

}
