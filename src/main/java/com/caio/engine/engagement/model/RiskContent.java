package com.caio.engine.engagement.model;

/**
 * A stored risk register as the acceptance rules see it.
 *
 * @param topRisks how many risks the top 5 names
 * @param ratedTopRisks how many of those carry likelihood and impact ratings
 * @param actions remediation actions on the roadmap
 * @param prioritisedByReduction whether the actions are in order of expected risk
 * reduction (per unit of cost where costed)
 * @param incompleteActions actions lacking an owner, a due date or a success criterion
 */
public record RiskContent(Artefact artefact, int topRisks, int ratedTopRisks, int actions,
		boolean prioritisedByReduction, int incompleteActions) implements ArtefactContent {

}
