package com.caio.engine.engagement.model;

import java.time.LocalDate;

/**
 * A person's approval of an artefact, derived from an approving sign-off that no later
 * rejection by the same person withdrew.
 */
public record Approval(Artefact artefact, Person person, LocalDate date, String signOffId) {

	public boolean by(String role) {
		return person.holds(role);
	}

}
