package com.caio.engine.upskilling.model;

import java.util.List;

/**
 * A training module of the curriculum.
 *
 * @param audience roles of the catalogue, or {@code everyone}
 * @param month the programme month it is delivered in (1 = the programme's first month)
 * @param outcomeScore the score to reach on the post-assessment; null when the outcome
 * names none (not measurable)
 * @param scale the highest score of the assessment
 */
public record Module(String id, String title, List<String> audience, int month, double durationHours,
		List<String> skills, String outcome, Double outcomeScore, double scale) {

	public Module {
		audience = List.copyOf(audience);
		skills = List.copyOf(skills);
	}

	public boolean forRole(String role) {
		return audience.contains(SkillsCatalogue.EVERYONE) || audience.contains(role);
	}

}
