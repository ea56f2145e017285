package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One criterion on one day: its state, when it was met, when it is due, and the records
 * behind it.
 *
 * @param daysEarly days before the due date it was met (null without both dates or when
 * late)
 * @param daysLate days after the due date it was met, or that it is overdue
 * @param needs what the records must show for it to be met
 * @param note why it stands where it stands, in a sentence
 */
public record CriterionStatus(String id, String storyId, int number, String criterion, CriterionState state,
		LocalDate metOn, LocalDate due, String deadline, Long daysEarly, Long daysLate, List<String> evidence,
		String needs, String note) {

	public CriterionStatus {
		evidence = List.copyOf(evidence);
	}

}
