package com.caio.engine.onboarding.model;

import java.util.List;

/**
 * The plan's shape, aggregated for the plan rules: the weeks without a milestone, the
 * weeks of the introductions and access milestones, the last due day of each primary
 * deliverable, the number of steering meetings.
 */
public record PlanShape(List<Integer> weeksWithoutMilestone, List<Integer> introductionWeeks, List<Integer> accessWeeks,
		List<DeliverableDue> deliverables, int steeringMeetings, int cadenceWeeks) {

	public PlanShape {
		weeksWithoutMilestone = List.copyOf(weeksWithoutMilestone);
		introductionWeeks = List.copyOf(introductionWeeks);
		accessWeeks = List.copyOf(accessWeeks);
		deliverables = List.copyOf(deliverables);
	}

	public int lastIntroductionWeek() {
		return introductionWeeks.stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	public int lastAccessWeek() {
		return accessWeeks.stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	/** A primary deliverable and the day its deliverable milestone is due (0: none). */
	public record DeliverableDue(String name, int dueDay) {
	}

}
