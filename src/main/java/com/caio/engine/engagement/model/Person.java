package com.caio.engine.engagement.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Someone on the engagement. A sign-off counts for a role only if the person holds its
 * tag.
 *
 * @param roles role tags as written (CFO, Head of Sales, steering member, key
 * stakeholder)
 */
public record Person(String id, String name, String title, String organisation,
		List<String> roles) implements EngagementRecord {

	public Person {
		roles = List.copyOf(roles);
	}

	public boolean holds(String role) {
		return normalisedRoles().contains(Roles.normalise(role));
	}

	/** Holds the executive tag or a C-level or head-of role. */
	public boolean isExecutive() {
		return normalisedRoles().stream().anyMatch(Roles.EXECUTIVE::contains);
	}

	private Set<String> normalisedRoles() {
		return roles.stream().map(Roles::normalise).collect(Collectors.toSet());
	}

}
