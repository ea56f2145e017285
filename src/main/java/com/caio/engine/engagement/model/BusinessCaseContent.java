package com.caio.engine.engagement.model;

/**
 * A stored business case as the acceptance rules see it.
 *
 * @param scenarios how many of conservative, expected and aggressive it projects
 * @param baselineMetrics how many baseline metrics it states
 * @param paybackMonths the expected scenario's payback, null if it never pays back
 * @param longerHorizonRationale whether it explains a payback beyond 12 months
 * @param untracedAssumptions assumptions without a data source
 */
public record BusinessCaseContent(Artefact artefact, int scenarios, int baselineMetrics, Double paybackMonths,
		boolean longerHorizonRationale, int untracedAssumptions) implements ArtefactContent {

	public boolean paysBackWithin(int months) {
		return paybackMonths != null && paybackMonths <= months;
	}

}
