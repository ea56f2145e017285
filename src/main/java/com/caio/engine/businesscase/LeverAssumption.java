package com.caio.engine.businesscase;

/**
 * A lever's uplift, for the plausibility rules.
 *
 * @param kind "revenue" (margin below 1) or "cost" (a cost reduction, margin 1)
 * @param metricLabel the metric as a board reads it (its display name, or derived)
 */
public record LeverAssumption(String scenario, String metric, String kind, double uplift, String path,
		String metricLabel) {

	/** A lever whose metric is named for people from its id (MetricNames). */
	public LeverAssumption(String scenario, String metric, String kind, double uplift, String path) {
		this(scenario, metric, kind, uplift, path, MetricNames.label(metric));
	}

}
