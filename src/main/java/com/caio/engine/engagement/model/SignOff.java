package com.caio.engine.engagement.model;

import java.time.LocalDate;

/** A person approves or rejects an artefact. */
public record SignOff(String id, String artefact, String person, boolean approve, LocalDate date, String comment,
		String supersedes) implements EngagementEvent {

	@Override
	public String kind() {
		return "sign-off";
	}

}
