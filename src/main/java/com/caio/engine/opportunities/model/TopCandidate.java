package com.caio.engine.opportunities.model;

/**
 * One of the top-ranked use cases, as the go/no-go rules see it.
 *
 * @param likelyUplift the likely uplift in percent
 * @param targetLow the lower end of the target band in percent
 */
public record TopCandidate(String id, String title, int rank, double likelyUplift, double targetLow, double targetHigh,
		String riskLevel, boolean mitigated, Integer dataReadiness, double confidence, int dependencies,
		boolean scopeComplete) {

	public boolean readinessKnown() {
		return dataReadiness != null;
	}

	public int readiness() {
		return dataReadiness == null ? 0 : dataReadiness;
	}

}
