package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.Optional;

/** Access to a system or data set: requested, then granted and confirmed by someone. */
public record Access(String id, String system, LocalDate requestedOn, LocalDate grantedOn, String confirmedBy,
		String supersedes) implements EngagementEvent {

	@Override
	public String kind() {
		return "access";
	}

	@Override
	public LocalDate date() {
		return requestedOn;
	}

	public boolean granted() {
		return grantedOn != null;
	}

	@Override
	public Optional<EngagementEvent> asOf(LocalDate day) {
		if (requestedOn.isAfter(day)) {
			return Optional.empty();
		}
		if (grantedOn != null && grantedOn.isAfter(day)) {
			return Optional.of(new Access(id, system, requestedOn, null, null, supersedes));
		}
		return Optional.of(this);
	}

}
