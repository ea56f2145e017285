package com.caio.engine.governance.model;

import java.util.List;

/**
 * A KPI's series in date order: its unit, direction, target (null when none) and points
 * (the baseline ones flagged).
 */
public record KpiSeries(String name, String unit, boolean higherIsBetter, Double target, List<KpiPoint> points) {

	public KpiSeries {
		points = List.copyOf(points);
	}

	public List<KpiPoint> baseline() {
		return points.stream().filter(KpiPoint::baseline).toList();
	}

}
