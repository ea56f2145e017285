package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that happened on the engagement. Events are never edited: a correction is a
 * new event that {@link #supersedes()} an earlier one of the same kind.
 */
public sealed interface EngagementEvent extends EngagementRecord permits SignOff, Decision, Meeting, Deliverable,
		Access, Introduction, Training, Measurement, Incident, Iteration {

	/** The event kind as the engagement file writes it, e.g. {@code sign-off}. */
	String kind();

	/** The id of the event this one corrects, or null. */
	String supersedes();

	@Override
	LocalDate date();

	/**
	 * The event as it stood on {@code day}: empty if it had not happened yet; parts that
	 * happened later (an acceptance, a grant) are left out.
	 */
	default Optional<EngagementEvent> asOf(LocalDate day) {
		return date().isAfter(day) ? Optional.empty() : Optional.of(this);
	}

}
