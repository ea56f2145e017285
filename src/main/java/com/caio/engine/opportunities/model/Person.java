package com.caio.engine.opportunities.model;

/**
 * Someone who works on the MVP.
 *
 * @param kind "internal" (capacity = fte x hours of a full week) or "fractional"
 * (capacity = hoursPerWeek)
 */
public record Person(String name, String role, String kind, double fte, double hoursPerWeek) {

	public static final String INTERNAL = "internal";

	public static final String FRACTIONAL = "fractional";

	public boolean fractional() {
		return FRACTIONAL.equals(kind);
	}

	public double capacityHours(double fullWeekHours) {
		return fractional() ? hoursPerWeek : fte * fullWeekHours;
	}

}
