package com.caio.engine.pilot;

/**
 * One arm's aggregate: units and conversions for a rate KPI, or units, mean and standard
 * deviation for a mean KPI (the unused fields are 0).
 */
public record ArmTotals(String arm, long units, long conversions, double mean, double sd) {

	static ArmTotals ofRate(String arm, long units, long conversions) {
		return new ArmTotals(arm, units, conversions, units > 0 ? (double) conversions / units : 0, 0);
	}

	static ArmTotals ofMean(String arm, long units, double mean, double sd) {
		return new ArmTotals(arm, units, 0, mean, sd);
	}
}
