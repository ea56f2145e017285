package com.caio.engine.onboarding.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone of the plan with its date: the last working day of its week (weekends and
 * holidays skipped), never after day 90. Day 1 is the start date.
 *
 * @param subject the milestone's key in the rules, e.g. {@code week 6: Priority roadmap
 * accepted}
 * @param deliverable the primary deliverable it serves, or null
 * @param stakeholders the names of the people in its roles
 */
public record PlannedMilestone(String subject, int week, String name, String kind, String deliverable,
		LocalDate dueDate, int dueDay, List<String> accountable, List<String> responsible, List<String> consulted,
		List<String> informed, List<String> stakeholders) {

	public PlannedMilestone {
		accountable = List.copyOf(accountable);
		responsible = List.copyOf(responsible);
		consulted = List.copyOf(consulted);
		informed = List.copyOf(informed);
		stakeholders = List.copyOf(stakeholders);
	}

}
