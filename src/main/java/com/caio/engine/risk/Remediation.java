package com.caio.engine.risk;

import java.util.ArrayList;
import java.util.Comparator;
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
	 * Costed actions first, by reduction per unit of cost (a free action first of all),
	 * ties by reduction; then actions without a cost, by reduction, since their value for
	 * money is unknown. The risk's rank breaks any remaining tie.
	 */
	private static final Comparator<Planned> PRIORITY = Comparator
		.comparing((Planned p) -> p.risk().mitigationCost() == null)
		.thenComparing(Remediation::byValueForMoney)
		.thenComparing(Comparator.comparingInt(Planned::reduction).reversed())
		.thenComparing(p -> p.risk(), Ranking.ORDER);

	private record Planned(Risk risk, int reduction) {

		/**
		 * Reduction per unit of cost; infinite for a free action, 0 (unused) without a
		 * cost.
		 */
		double perCost() {
			Double cost = risk.mitigationCost();
			if (cost == null) {
				return 0;
			}
			return cost == 0 ? Double.POSITIVE_INFINITY : reduction / cost;
		}
	}

	private Remediation() {
	}

	/**
	 * Higher reduction per unit of cost first, compared by cross-multiplying rather than
	 * dividing so equal ratios (6 for 15,000 and 4 for 10,000) tie exactly and fall to
	 * the reduction.
	 */
	private static int byValueForMoney(Planned a, Planned b) {
		Double ca = a.risk().mitigationCost();
		Double cb = b.risk().mitigationCost();
		if (ca == null || cb == null) {
			return 0;
		}
		if (ca == 0 || cb == 0) {
			return Boolean.compare(cb == 0, ca == 0);
		}
		return Double.compare(b.reduction() * ca, a.reduction() * cb);
	}

	static List<RiskReport.Action> actions(List<Risk> risks) {
		List<Planned> planned = new ArrayList<>();
		for (Risk r : risks) {
			if (r.hasMitigation()) {
				planned.add(new Planned(r, r.score() - r.mitigatedScore()));
			}
		}
		planned.sort(PRIORITY);
		List<RiskReport.Action> actions = new ArrayList<>(planned.size());
		for (int n = 0; n < planned.size(); n++) {
			Risk r = planned.get(n).risk();
			List<String> missing = new ArrayList<>(3);
			if (r.owner().isEmpty()) {
				missing.add("owner");
			}
			if (r.dueDate() == null) {
				missing.add("due date");
			}
			if (r.successCriterion().isEmpty()) {
				missing.add("success criterion");
			}
			Double perCost = r.mitigationCost() == null || r.mitigationCost() == 0 ? null : planned.get(n).perCost();
			actions.add(new RiskReport.Action(n + 1, r.id(), r.mitigation(), r.owner(),
					r.dueDate() == null ? null : r.dueDate().toString(), month(r), r.mitigationCost(), r.score(),
					r.mitigatedScore(), planned.get(n).reduction(), perCost, r.successCriterion(),
					List.copyOf(missing)));
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

	private static String month(Risk r) {
		return r.dueDate() == null ? UNSCHEDULED : r.dueDate().toString().substring(0, 7);
	}

}
