package com.caio.engine.onboarding.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the 90-day plan is built from: the engagement's start date, stakeholders, the
 * three primary deliverables, the steering cadence, the systems to which access is
 * needed, the holidays, and the engagement's progress events as of a date.
 */
public record OnboardingInput(String engagement, LocalDate startDate, LocalDate asOf, List<Stakeholder> stakeholders,
		List<String> deliverables, int cadenceWeeks, DayOfWeek steeringDay, List<String> access,
		Set<LocalDate> holidays, List<Event> events) {

	/** The deliverables when the input names none. */
	public static final List<String> DEFAULT_DELIVERABLES = List.of("Priority roadmap", "Governance starter kit",
			"Pilot specification");

	public OnboardingInput {
		stakeholders = List.copyOf(stakeholders);
		deliverables = List.copyOf(deliverables);
		access = List.copyOf(access);
		holidays = Set.copyOf(holidays);
		events = List.copyOf(events);
	}

	/**
	 * A person to engage, by role; executives count toward a deliverable's acceptance.
	 */
	public record Stakeholder(String name, String role, boolean executive) {
	}

	/**
	 * Something that happened in the engagement: introductions complete, access granted
	 * (to a system), steering established, a milestone done (by week and name) or a
	 * deliverable accepted (by a role).
	 */
	public record Event(LocalDate date, EventType type, String subject, String by) {
	}

	public enum EventType {

		INTRODUCTIONS_COMPLETE("introductions-complete"), ACCESS_GRANTED("access-granted"),
		STEERING_ESTABLISHED("steering-established"), MILESTONE_DONE("milestone-done"),
		DELIVERABLE_ACCEPTED("deliverable-accepted");

		private final String word;

		EventType(String word) {
			this.word = word;
		}

		public String word() {
			return word;
		}

	}

}
