package com.caio.engine.opportunities.model;

/**
 * The fractional hours planned in one week, against the proposal's hours per week.
 */
public record FractionalWeek(int week, String weekStart, double hours, double proposalHours) {
}
