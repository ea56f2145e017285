package com.caio.engine.governance.model;

/**
 * An incident as the rules see it.
 *
 * @param inPeriod it occurred within the review period (the pack's quarter)
 * @param seriousIncident none, general, death or widespread: the Article 73 clock
 * @param daysToReport days from detection to the regulator's notification, or to the
 * pack's day while not notified
 */
public record IncidentFact(String id, String kind, String severity, boolean inPeriod, String seriousIncident,
		long daysToReport, boolean notified) {
}
