package com.caio.engine.opportunities.model;

/**
 * One person's planned hours in one week of the assisted plan (aggregated before the
 * rules: one fact per person and week, not per task).
 */
public record PersonWeek(String person, int week, String weekStart, double hours, double capacityHours) {

	public double utilisation() {
		return capacityHours <= 0 ? Double.POSITIVE_INFINITY : hours / capacityHours;
	}

}
