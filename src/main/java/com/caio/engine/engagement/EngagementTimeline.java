package com.caio.engine.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other capabilities may know of an engagement: its header, its milestones
 * (deliverables), meetings, decisions and the stored runs it links, as they stand now
 * (corrections applied). The quarterly governance pack reads it.
 */
public interface EngagementTimeline {

	/** A deliverable: due (or null), delivered on, accepted. */
	record Milestone(String name, LocalDate due, LocalDate deliveredOn, boolean accepted) {
	}

	/** A meeting held, e.g. {@code quarterly-review}. */
	record Meeting(String kind, LocalDate date, List<String> attendees, String minutes) {

		public Meeting {
			attendees = List.copyOf(attendees);
		}
	}

	/** A decision taken, by whom (people's names). */
	record Decision(String kind, String outcome, LocalDate date, List<String> decidedBy) {

		public Decision {
			decidedBy = List.copyOf(decidedBy);
		}
	}

	/** A stored run linked to the engagement, e.g. a risk register produced on a date. */
	record LinkedRun(String type, long runId, String name, LocalDate date) {
	}

	/** An engagement and what happened in it. */
	record Timeline(long id, String client, String title, LocalDate start, List<Milestone> milestones,
			List<Meeting> meetings, List<Decision> decisions, List<LinkedRun> runs) {

		public Timeline {
			milestones = List.copyOf(milestones);
			meetings = List.copyOf(meetings);
			decisions = List.copyOf(decisions);
			runs = List.copyOf(runs);
		}
	}

	/** Engagement {@code id}, or empty when none is recorded. */
	Optional<Timeline> timeline(long id);

}
