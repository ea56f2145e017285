package com.caio.engine.upskilling.model;

import java.util.List;
import java.util.Map;

/**
 * A skills survey, aggregated as it was read.
 *
 * @param people respondents by role (a role the catalogue does not know is counted under
 * {@code other})
 * @param teams respondents by team
 */
public record SkillsSurvey(long rows, int respondents, Map<String, Integer> people, Map<String, Integer> teams,
		Map<String, Integer> teamRoles, List<SkillCount> counts, List<String> notes, long rejectedCount,
		List<RejectedLine> rejected) {

	public SkillsSurvey {
		people = Map.copyOf(people);
		teams = Map.copyOf(teams);
		teamRoles = Map.copyOf(teamRoles);
		counts = List.copyOf(counts);
		notes = List.copyOf(notes);
		rejected = List.copyOf(rejected);
	}

	/** The same survey, its left-out lines in the file of this name. */
	public SkillsSurvey named(String name) {
		return new SkillsSurvey(rows, respondents, people, teams, teamRoles, counts, notes, rejectedCount,
				RejectedLine.named(rejected, name));
	}

	public static SkillsSurvey none() {
		return new SkillsSurvey(0, 0, Map.of(), Map.of(), Map.of(), List.of(), List.of("no skills survey given"), 0,
				List.of());
	}

}
