package com.caio.engine.upskilling.model;

import java.util.List;

/**
 * A module as the rules see it: what it covers, whether its outcome is measurable and how
 * far it has been assessed.
 *
 * @param completion people with a post-assessment score as a share of its audience
 * @param gainLow the lower end of the 95% interval of the mean gain; NaN below two pairs
 */
public record ModuleFact(String id, String title, List<String> audience, List<String> skills, boolean measurable,
		int audienceSize, int assessed, double completion, int pairs, double gainLow) {

	public ModuleFact {
		audience = List.copyOf(audience);
		skills = List.copyOf(skills);
	}

	/** Whether the module raises the skill for the role. */
	public boolean covers(String skill, String role) {
		return skills.contains(skill) && (audience.contains(SkillsCatalogue.EVERYONE) || audience.contains(role));
	}

}
