package com.caio.engine.businesscase;

/**
 * A lever's uplift, for the plausibility rules.
 *
 * @param kind "revenue" (margin below 1) or "cost" (a cost reduction, margin 1)
 */
public record LeverAssumption(String scenario, String metric, String kind, double uplift, String path) {

	/** The metric as a board reads it (MetricNames). */
	public String metricLabel() {
		return MetricNames.label(metric);
	}

}
