package com.caio.engine.engagement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.caio.engine.engagement.model.Deliverable;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@link EngagementTimeline} replayed from the engagement's stored records. */
@Component
class StoredEngagementTimeline implements EngagementTimeline {

	/**
	 * Looked up on first use: the engagement service reads every capability's runs, and
	 * the capabilities are built before it.
	 */
	private final ObjectProvider<EngagementService> engagements;

	StoredEngagementTimeline(ObjectProvider<EngagementService> engagements) {
		this.engagements = engagements;
	}

	@Override
	public Optional<Timeline> timeline(long id) {
		EngagementRecords records;
		try {
			records = engagements.getObject().records(id);
		}
		catch (EngagementNotFoundException ex) {
			return Optional.empty();
		}
		List<Milestone> milestones = records.current()
			.stream()
			.filter(Deliverable.class::isInstance)
			.map(Deliverable.class::cast)
			.map(d -> new Milestone(d.name(), d.due(), d.deliveredOn(), d.accepted()))
			.sorted(Comparator.comparing(Milestone::deliveredOn).thenComparing(Milestone::name))
			.toList();
		List<EngagementTimeline.Meeting> meetings = records.current()
			.stream()
			.filter(com.caio.engine.engagement.model.Meeting.class::isInstance)
			.map(com.caio.engine.engagement.model.Meeting.class::cast)
			.map(m -> new EngagementTimeline.Meeting(m.meetingKind(), m.date(), names(records, m.attendees()),
					m.minutes()))
			.sorted(Comparator.comparing(EngagementTimeline.Meeting::date))
			.toList();
		List<EngagementTimeline.Decision> decisions = records.current()
			.stream()
			.filter(com.caio.engine.engagement.model.Decision.class::isInstance)
			.map(com.caio.engine.engagement.model.Decision.class::cast)
			.map(d -> new EngagementTimeline.Decision(d.decisionKind(), d.outcome(), d.date(),
					names(records, d.decidedBy())))
			.sorted(Comparator.comparing(EngagementTimeline.Decision::date))
			.toList();
		List<LinkedRun> runs = records.artefacts()
			.stream()
			.filter(a -> a.runId() != null)
			.map(a -> new LinkedRun(a.runKind(), a.runId(), a.name(), a.date()))
			.toList();
		return Optional.of(new Timeline(id, records.engagement().client(), records.engagement().title(),
				records.engagement().start(), milestones, meetings, decisions, runs));
	}

	private static List<String> names(EngagementRecords records, List<String> ids) {
		return ids.stream().map(i -> records.person(i).map(Person::name).orElse(i)).toList();
	}

}
