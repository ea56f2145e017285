package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Something delivered to the client, and who accepted it.
 *
 * @param artefact the artefact delivered, or null for a deliverable known by name only
 * @param primary one of the primary deliverables of the onboarding plan
 * @param due when it was due, or null
 */
public record Deliverable(String id, String name, String artefact, boolean primary, LocalDate due,
		LocalDate deliveredOn, List<String> acceptedBy, LocalDate acceptedOn,
		String supersedes) implements EngagementEvent {

	public Deliverable {
		acceptedBy = List.copyOf(acceptedBy);
	}

	@Override
	public String kind() {
		return "deliverable";
	}

	@Override
	public LocalDate date() {
		return deliveredOn;
	}

	public boolean accepted() {
		return acceptedOn != null && !acceptedBy.isEmpty();
	}

	@Override
	public Optional<EngagementEvent> asOf(LocalDate day) {
		if (deliveredOn.isAfter(day)) {
			return Optional.empty();
		}
		if (acceptedOn != null && acceptedOn.isAfter(day)) {
			return Optional
				.of(new Deliverable(id, name, artefact, primary, due, deliveredOn, List.of(), null, supersedes));
		}
		return Optional.of(this);
	}

}
