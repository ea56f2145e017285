package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting held: steering, quarterly review, workshop.
 *
 * @param hours how long it lasted, or null
 */
public record Meeting(String id, String meetingKind, LocalDate date, List<String> attendees, String minutes,
		Double hours, String supersedes) implements EngagementEvent {

	public Meeting {
		attendees = List.copyOf(attendees);
	}

	@Override
	public String kind() {
		return "meeting";
	}

}
