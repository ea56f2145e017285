package com.caio.engine.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The remediation roadmap: each planned mitigation with its expected risk reduction
 * (inherent score - mitigated score), prioritised by reduction per unit of cost.
 */
final class Remediation {

	static final String UNSCHEDULED = "unscheduled";

	/**
	 * The order the roadmap-priority rules decided: group ascending, value descending;
	 * ties by the larger reduction, then the risk's rank. An action no rule placed goes
	 * last.
	 */
	private static final Comparator<Planned> PRIORITY = Comparator.comparingInt(Planned::group)
		.thenComparing(Comparator.comparingDouble(Planned::value).reversed())
		.thenComparing(Comparator.comparingInt(Planned::reduction).reversed())
		.thenComparing(p -> p.risk(), Ranking.ORDER);

	private record Planned(Risk risk, int reduction, ActionPriority priority) {

		int group() {
			return priority == null ? Integer.MAX_VALUE : priority.group();
		}

		double value() {
			return priority == null ? 0 : priority.value();
		}

		/** Reduction per unit of cost, as the report shows it; null without a cost. */
		Double perCost() {
			Double cost = risk.mitigationCost();
			return cost == null || cost == 0 ? null : reduction / cost;
		}
	}

	private Remediation() {
	}

	/** The actions in priority order; {@code priorities} and {@code gaps} by risk id. */
	static List<RiskReport.Action> actions(List<Risk> risks, Map<String, ActionPriority> priorities,
			Map<String, List<String>> gaps) {
		List<Planned> planned = new ArrayList<>();
		for (Risk r : risks) {
			if (r.hasMitigation()) {
				planned.add(new Planned(r, r.score() - r.mitigatedScore(), priorities.get(r.id())));
			}
		}
		planned.sort(PRIORITY);
		// one copy of each date, month and list of gaps: a register repeats them, and the
		// roadmap holds an action per mitigated risk
		Map<LocalDate, String[]> dates = new HashMap<>();
		Map<List<String>, List<String>> missingLists = new HashMap<>();
		List<RiskReport.Action> actions = new ArrayList<>(planned.size());
		for (int n = 0; n < planned.size(); n++) {
			Risk r = planned.get(n).risk();
			List<String> missing = missingLists.computeIfAbsent(gaps.getOrDefault(r.id(), List.of()), List::copyOf);
			Double perCost = planned.get(n).perCost();
			String[] date = r.dueDate() == null ? new String[] { null, UNSCHEDULED } : dates
				.computeIfAbsent(r.dueDate(), d -> new String[] { d.toString(), d.toString().substring(0, 7) });
			actions.add(new RiskReport.Action(n + 1, r.id(), r.mitigation(), r.owner(), date[0], date[1],
					r.mitigationCost(), r.score(), r.mitigatedScore(), planned.get(n).reduction(), perCost,
					r.successCriterion(), missing));
		}
		return actions;
	}

	/**
	 * Month buckets in date order, the unscheduled last; each lists its actions in
	 * priority order.
	 */
	static List<RiskReport.Month> timeline(List<RiskReport.Action> actions) {
		Map<String, List<String>> months = new TreeMap<>();
		for (RiskReport.Action a : actions) {
			months.computeIfAbsent(a.timeline(), k -> new ArrayList<>()).add(a.riskId());
		}
		List<RiskReport.Month> timeline = new ArrayList<>();
		months.forEach((month, ids) -> {
			if (!month.equals(UNSCHEDULED)) {
				timeline.add(new RiskReport.Month(month, List.copyOf(ids)));
			}
		});
		if (months.containsKey(UNSCHEDULED)) {
			timeline.add(new RiskReport.Month(UNSCHEDULED, List.copyOf(months.get(UNSCHEDULED))));
		}
		return timeline;
	}

	static long totalInherent(List<Risk> risks) {
		return risks.stream().mapToLong(Risk::score).sum();
	}

	/**
	 * Every risk counts: a mitigated one at its mitigated score, the others at their
	 * inherent score.
	 */
	static long totalMitigated(List<Risk> risks) {
		return risks.stream().mapToLong(Risk::mitigatedScore).sum();
	}

	static double reductionPercent(long inherent, long mitigated) {
		return inherent == 0 ? 0 : Math.round((inherent - mitigated) * 10000.0 / inherent) / 100.0;
	}

}
