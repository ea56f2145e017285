package com.caio.engine.engagement.model;

import java.time.LocalDate;

/**
 * A compliance or model-failure incident.
 *
 * @param incidentKind {@code compliance}, {@code model-failure} or {@code other}
 * @param severity {@code major} or {@code minor}
 */
public record Incident(String id, String incidentKind, String severity, LocalDate date, String description,
		String supersedes) implements EngagementEvent {

	@Override
	public String kind() {
		return "incident";
	}

	public boolean major() {
		return "major".equals(severity) && !"other".equals(incidentKind);
	}

}
