package com.caio.engine.onboarding;

import java.time.LocalDate;
import java.util.List;

import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.rules.Finding;

/**
 * A 90-day plan and where it stands: 13 weeks of dated milestones with their RACI and
 * state, the steering meetings, the story's criteria with their state, the next item due,
 * the rules' findings. Item states are those the engagement's acceptance rules use: met,
 * late, pending, missed.
 *
 * @param planValid the plan has the story's shape (no blocking plan finding)
 * @param onTrack no criterion is missed
 */
public record OnboardingResult(String engagement, LocalDate startDate, LocalDate day90, LocalDate asOf,
		int cadenceWeeks, List<String> deliverables, List<Milestone> milestones, List<LocalDate> steeringMeetings,
		List<CriterionState> criteria, NextDue nextDue, List<OnboardingFinding> findings, boolean planValid,
		boolean onTrack, OnboardingInput input) {

	/** A dated milestone with its owner, stakeholders and state. */
	public record Milestone(int week, String name, String kind, String deliverable, LocalDate dueDate, int dueDay,
			String accountable, List<String> responsible, List<String> consulted, List<String> informed,
			List<String> stakeholders, String state, LocalDate doneDate) {
	}

	/** One of the story's criteria: its deadline and state. */
	public record CriterionState(String subject, String title, LocalDate dueDate, int dueDay, String state,
			LocalDate doneDate) {
	}

	/** The next open item and the days until it is due (negative: overdue). */
	public record NextDue(String item, LocalDate dueDate, long daysUntil) {
	}

	/** A rule's finding; critical ones block. */
	public record OnboardingFinding(String ruleId, String severity, boolean blocking, String area, String subject,
			String message) {

		static OnboardingFinding of(Finding f) {
			return new OnboardingFinding(f.ruleId(), f.severity().label(), f.critical(), f.segment(), f.subject(),
					f.message());
		}
	}

}
