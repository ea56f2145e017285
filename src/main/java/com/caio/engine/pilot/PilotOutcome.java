package com.caio.engine.pilot;

/**
 * The fact the decision rules read: the evaluated pilot expressed in its KPI's good
 * direction, so one rule serves a conversion rate (higher is better) and a cost per
 * acquisition (lower is better).
 *
 * @param goodEffect the observed relative effect times the direction (positive = better)
 * @param goodTarget the target relative effect as a positive number
 * @param goodLow low end of the relative interval in the good direction
 * @param goodHigh high end of the relative interval in the good direction
 * @param hasInterval false when the relative interval is undefined (a KPI of 0)
 * @param tested false when no p-value could be computed (no variation at all); pValue is
 * then 1
 */
public record PilotOutcome(String pilot, double alpha, double pValue, boolean tested, double goodEffect,
		double goodTarget, double goodLow, double goodHigh, boolean hasInterval, double srmPValue,
		boolean plannedReached) {
}
