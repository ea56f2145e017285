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
	/** The sentence a late report is flagged with. */
	public String late(long limitDays) {
		return notified()
				? "A serious incident was reported to the regulator " + daysToReport
						+ " days after it was detected; the limit is " + limitDays + " days."
				: "A serious incident detected " + daysToReport
						+ " days ago is not yet reported to the regulator; the limit is " + limitDays + " days.";
	}

}
