package com.caio.engine.security;

import java.time.Instant;
import java.util.Set;

/**
 * A person who signs in: the password hash stays in the store, never in this record.
 *
 * @param username lower case, unique
 */
public record Account(long id, String username, String displayName, Set<Role> roles, boolean enabled,
		Instant createdAt) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
