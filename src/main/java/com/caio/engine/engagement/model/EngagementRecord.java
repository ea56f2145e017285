package com.caio.engine.engagement.model;

/** A person, an artefact or an event: what an engagement's append-only record holds. */
public sealed interface EngagementRecord permits Person, Artefact, EngagementEvent {

	String id();

	/**
	 * The date it happened on; null for people (they are on the engagement from the
	 * start).
	 */
	default java.time.LocalDate date() {
		return null;
	}

}
