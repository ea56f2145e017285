package com.caio.engine.economics;

import com.caio.engine.economics.model.EngagementEconomics;

/**
 * Expected spend on AI projects that fail, avoided by better selection: projects a year x
 * average cost x failure probability x expected reduction.
 */
public record AvoidedWaste(double expectedFailedSpendPerYear, double perYear, double threeYear) {

	public static AvoidedWaste of(CostModel model) {
		double failed = model.value("avoidedWaste.projectsPerYear") * model.value("avoidedWaste.averageProjectCost")
				* model.value("avoidedWaste.failureProbability");
		double perYear = model.avoidedWastePerYear();
		return new AvoidedWaste(failed, perYear, perYear * EngagementEconomics.HORIZON_MONTHS / 12);
	}

}
