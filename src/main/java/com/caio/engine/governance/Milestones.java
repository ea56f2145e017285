package com.caio.engine.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.engagement.EngagementTimeline;
import com.caio.engine.governance.model.PackInput;
import com.caio.engine.governance.model.PlannedMilestone;
import com.caio.engine.governance.model.Quarter;

/**
 * The engagement's side of the pack: milestones (deliverables delivered in the quarter,
 * and the pack file's planned milestones) with their status, and the quarterly review
 * meeting with the decisions taken in the quarter.
 */
final class Milestones {

	static final String REVIEW = "quarterly-review";

	private Milestones() {
	}

	static List<GovernanceReport.RoadmapItem> of(PackInput in, Quarter q) {
		List<GovernanceReport.RoadmapItem> items = new ArrayList<>();
		if (in.engagement() != null) {
			for (EngagementTimeline.Milestone m : in.engagement().milestones()) {
				if (q.contains(m.deliveredOn()) && !m.deliveredOn().isAfter(in.asOf())) {
					long late = m.due() == null ? 0 : ChronoUnit.DAYS.between(m.due(), m.deliveredOn());
					items.add(new GovernanceReport.RoadmapItem("milestone", m.name(), "", m.due(), "done",
							"delivered " + m.deliveredOn() + (late > 0 ? ", " + late + " days late" : "")
									+ (m.accepted() ? ", accepted" : "")));
				}
			}
		}
		for (PlannedMilestone m : in.milestones()) {
			boolean done = m.doneOn() != null && !m.doneOn().isAfter(in.asOf());
			String status = done ? "done" : m.due().isBefore(in.asOf()) ? "late" : "open";
			items.add(new GovernanceReport.RoadmapItem("milestone", m.name(), "", m.due(), status,
					done ? "done " + m.doneOn() : ""));
		}
		items.sort(Comparator.comparing(GovernanceReport.RoadmapItem::kind)
			.thenComparing(GovernanceReport.RoadmapItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(GovernanceReport.RoadmapItem::name));
		return items;
	}

	/** The last quarterly review in the quarter (by the pack's day), or null. */
	static GovernanceReport.Meeting meeting(EngagementTimeline.Timeline engagement, Quarter q, LocalDate asOf) {
		if (engagement == null) {
			return null;
		}
		EngagementTimeline.Meeting review = engagement.meetings()
			.stream()
			.filter(m -> m.kind().equals(REVIEW) && q.contains(m.date()) && !m.date().isAfter(asOf))
			.reduce((a, b) -> b)
			.orElse(null);
		if (review == null) {
			return null;
		}
		List<GovernanceReport.DecisionLine> decisions = engagement.decisions()
			.stream()
			.filter(d -> q.contains(d.date()) && !d.date().isAfter(asOf))
			.map(d -> new GovernanceReport.DecisionLine(d.date(), d.kind(), d.outcome(), d.decidedBy()))
			.toList();
		return new GovernanceReport.Meeting(review.date(), review.attendees(), review.minutes(), decisions);
	}

}
