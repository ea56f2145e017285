package com.caio.engine.opportunities.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The MVP's plan: work breakdown, people, coaching and the pilot start.
 *
 * @param distribution "pert" (PERT-beta) or "triangular"
 * @param proposalHoursPerWeek the fractional hours per week of the engagement proposal
 * (null when not given)
 */
public record MvpPlan(String name, String opportunityId, LocalDate pilotStart, String distribution, int draws,
		long seed, Double proposalHoursPerWeek, List<Person> people, List<Task> tasks, List<Coaching> coaching,
		List<String> acceptanceCriteria) {

	public MvpPlan {
		people = List.copyOf(people);
		tasks = List.copyOf(tasks);
		coaching = List.copyOf(coaching);
		acceptanceCriteria = List.copyOf(acceptanceCriteria);
	}

}
