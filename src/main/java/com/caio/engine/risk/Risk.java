package com.caio.engine.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * A risk of the register, as imported or as derived by a rule from a maturity assessment.
 * Blank text is the empty string (never null), so rules can say {@code owner == ""}.
 *
 * @param mitigationCost null when no cost was given
 * @param mitigatedLikelihood the likelihood once mitigated; the inherent one when not
 * given
 * @param dueDate null when no due date was given
 * @param line the register line it came from, 0 for a derived risk
 * @param derivedBy the rule that derived it, empty for an imported risk
 * @param evidence what a derived risk was derived from
 */
public record Risk(String id, String title, String category, String owner, String description, String dimension,
		int likelihood, int impact, String mitigation, Double mitigationCost, int mitigatedLikelihood,
		int mitigatedImpact, LocalDate dueDate, String successCriterion, long line, String derivedBy,
		List<String> evidence) {

	public Risk {
		evidence = List.copyOf(evidence);
	}

	/**
	 * A risk a rule derived from a weak dimension of an assessment; its owner and dates
	 * are for the CDO to set.
	 */
	public static Risk derived(String id, String title, String category, String dimension, int likelihood, int impact,
			String mitigation, int mitigatedLikelihood, int mitigatedImpact, String successCriterion, String rule,
			String evidence) {
		return new Risk(id, title, category, "", "", dimension, likelihood, impact, mitigation, null,
				mitigatedLikelihood, mitigatedImpact, null, successCriterion, 0, rule, List.of(evidence));
	}

	/** Likelihood x impact, 1-25. */
	public int score() {
		return likelihood * impact;
	}

	/**
	 * The score once the mitigation is in place; the inherent score when there is no
	 * mitigation.
	 */
	public int mitigatedScore() {
		return hasMitigation() ? mitigatedLikelihood * mitigatedImpact : score();
	}

	public boolean hasMitigation() {
		return !mitigation.isEmpty();
	}
}
