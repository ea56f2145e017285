package com.caio.engine.engagement.model;

import java.time.LocalDate;

/** The practice's lead is introduced to a stakeholder. */
public record Introduction(String id, String person, LocalDate date, String supersedes) implements EngagementEvent {

	@Override
	public String kind() {
		return "introduction";
	}

}
