package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An engagement's records in the order they were recorded, and what they say on a given
 * day: corrections replace what they supersede, and nothing after the day counts.
 */
public record EngagementRecords(Engagement engagement, List<EngagementRecord> records) {

	public EngagementRecords {
		records = List.copyOf(records);
	}

	public List<Person> people() {
		return records.stream().filter(Person.class::isInstance).map(Person.class::cast).toList();
	}

	public List<Artefact> artefacts() {
		return records.stream().filter(Artefact.class::isInstance).map(Artefact.class::cast).toList();
	}

	public List<EngagementEvent> events() {
		return records.stream().filter(EngagementEvent.class::isInstance).map(EngagementEvent.class::cast).toList();
	}

	public Optional<EngagementRecord> find(String id) {
		return records.stream().filter(r -> r.id().equals(id)).findFirst();
	}

	public Optional<Person> person(String id) {
		return people().stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public Optional<Artefact> artefact(String id) {
		return artefacts().stream().filter(a -> a.id().equals(id)).findFirst();
	}

	/** The events no later event supersedes. */
	public List<EngagementEvent> current() {
		Set<String> superseded = new HashSet<>();
		events().forEach(e -> {
			if (e.supersedes() != null) {
				superseded.add(e.supersedes());
			}
		});
		return events().stream().filter(e -> !superseded.contains(e.id())).toList();
	}

	/**
	 * What the rules see on {@code day}: everyone, the artefacts produced by then, the
	 * current events as they stood then.
	 */
	public List<EngagementRecord> asOf(LocalDate day) {
		List<EngagementRecord> view = new ArrayList<>(people());
		artefacts().stream().filter(a -> !a.date().isAfter(day)).forEach(view::add);
		current().forEach(e -> e.asOf(day).ifPresent(view::add));
		return view;
	}

}
