package com.caio.engine.risk;

import java.util.List;

import com.caio.engine.rules.Finding;

/**
 * A ranked risk register as delivered: every risk with its score, band and rank, the top
 * 5, the heatmap, the remediation roadmap with its projected risk reduction, the rules'
 * findings and every rejected row.
 *
 * @param assessmentId the maturity assessment whose derived risks were included, or null
 * @param reductionPercent (totalInherent - totalMitigated) / totalInherent x 100, 0 for
 * an empty register
 */
public record RiskReport(Long assessmentId, long rows, long rejectedCount, List<RejectedRow> rejectedRows,
		List<String> notes, List<RankedRisk> risks, List<String> top5, Heatmap heatmap, List<Action> remediation,
		List<Month> timeline, long totalInherent, long totalMitigated, double reductionPercent,
		List<Finding> findings) {

	/**
	 * A risk in rank order; {@code derivedBy} and {@code evidence} say where a derived
	 * risk came from.
	 */
	public record RankedRisk(String id, String title, String category, String owner, int likelihood, int impact,
			int score, String band, String colour, int rank, String derivedBy, List<String> evidence) {
	}

	/**
	 * The 5x5 grid, one cell per likelihood and impact, each with the ids of its risks in
	 * rank order.
	 */
	public record Heatmap(List<Cell> cells) {

		public Cell cell(int likelihood, int impact) {
			return cells.stream()
				.filter(c -> c.likelihood() == likelihood && c.impact() == impact)
				.findFirst()
				.orElseThrow();
		}
	}

	public record Cell(int likelihood, int impact, int score, int count, String band, String colour,
			List<String> riskIds) {
	}

	/**
	 * A remediation action of the roadmap.
	 *
	 * @param timeline the month bucket of the due date (YYYY-MM), "unscheduled" without
	 * one
	 * @param reduction inherent score - mitigated score
	 * @param reductionPerCost reduction per unit of cost, null without a cost
	 * @param missing what the story requires and the action lacks (owner, due date,
	 * success criterion)
	 */
	public record Action(int priority, String riskId, String action, String owner, String dueDate, String timeline,
			Double cost, int inherentScore, int mitigatedScore, int reduction, Double reductionPerCost,
			String successCriterion, List<String> missing) {
	}

	/** The actions due in one month of the roadmap, in priority order. */
	public record Month(String month, List<String> riskIds) {
	}

}
