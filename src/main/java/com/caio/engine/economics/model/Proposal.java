package com.caio.engine.economics.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What the engagement proposal promises: scope, service levels, deliverables, the start
 * date and the first milestones.
 */
public record Proposal(List<String> scope, List<Sla> slas, List<Deliverable> deliverables, LocalDate startDate,
		List<Milestone> milestones) {

	public Proposal {
		scope = List.copyOf(scope);
		slas = List.copyOf(slas);
		deliverables = List.copyOf(deliverables);
		milestones = List.copyOf(milestones);
	}

	/** A response time by priority, e.g. P1 within 4 business hours. */
	public record Sla(String priority, double responseHours, String meaning) {
	}

	/** A deliverable due a number of days after the start date. */
	public record Deliverable(String name, int dueDay) {
	}

	/** A milestone in a week of the engagement (week 1 starts on the start date). */
	public record Milestone(int week, String name) {
	}

}
