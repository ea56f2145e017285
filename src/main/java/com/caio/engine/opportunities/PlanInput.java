package com.caio.engine.opportunities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The MVP plan as a person writes it in YAML or JSON; {@link PlanReader} checks it and
 * names the field of the first problem.
 */
record PlanInput(String plan, String opportunity, LocalDate pilotStart, String distribution, Integer draws, Long seed,
		Double proposalHoursPerWeek, List<PersonInput> people, List<TaskInput> tasks, List<CoachingInput> coaching,
		List<String> acceptanceCriteria) {

	/** A person: internal with an FTE share, or fractional with hours a week. */
	record PersonInput(String name, String role, String kind, Double fte, Double hoursPerWeek) {
	}

	/** Optimistic / most likely / pessimistic working days. */
	record EstimateInput(Double optimistic, Double likely, Double pessimistic) {
	}

	/** A task with both modes' estimates and its RACI. */
	record TaskInput(String id, String name, EstimateInput internal, EstimateInput assisted, List<String> dependsOn,
			Map<String, Double> responsible, List<String> accountable, List<String> consulted, List<String> informed) {
	}

	/** Coaching of one internal person. */
	record CoachingInput(String person, List<String> skills, Integer sessions, Double hoursPerSession,
			Double pairingShare, String outcome, String measure, Double baseline, Double target) {
	}

}
