package com.caio.engine.opportunities.model;

import java.util.List;

/**
 * One use case from the opportunity workshop.
 *
 * @param upliftPercent expected uplift of the target KPI in percent (low / likely / high)
 * @param reach users or units touched per quarter
 * @param impact RICE impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal
 * @param confidencePercent 0-100
 * @param effortWeeks effort in person-weeks (low / likely / high)
 * @param businessValue WSJF business value on 1, 2, 3, 5, 8, 13, 20 (null when not given)
 * @param jobSize WSJF job size; null means the PERT mean of the effort
 * @param dataReadiness 1-5, the maturity assessment's data level (null when unknown)
 * @param where the line or field path it was read from, for messages
 */
public record Opportunity(String id, String title, String description, String targetKpi, Estimate upliftPercent,
		double reach, double impact, double confidencePercent, Estimate effortWeeks, Integer businessValue,
		Integer timeCriticality, Integer riskReduction, Double jobSize, String riskLevel, String riskNotes,
		String mitigation, Integer dataReadiness, List<String> dependencies, String owner, MvpScope scope,
		String where) {

	public Opportunity {
		dependencies = List.copyOf(dependencies);
	}

	public boolean hasMitigation() {
		return mitigation != null && !mitigation.isBlank();
	}

}
