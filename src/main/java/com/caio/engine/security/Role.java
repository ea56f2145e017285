package com.caio.engine.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.caio.engine.common.BadInputException;

/**
 * What a user may do; where (which engagements) comes from their memberships. Each role
 * is the Spring authority {@code ROLE_<name>}.
 */
public enum Role {

	/** Users, engagements, members and everything the other roles may do. */
	ADMIN,
	/** Uploads and runs within their engagements. */
	ANALYST,
	/** Changes the rules (the write operations of {@code /api/rules}). */
	RULE_EDITOR,
	/** Views results and records sign-offs and decisions within their engagements. */
	EXECUTIVE,
	/** Reads within their engagements. */
	VIEWER;

	/** As people say it: {@code RULE_EDITOR} as "rule editor". */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * A role by name, case and {@code -}/{@code _} forgiven; refused naming the roles.
	 */
	public static Role parse(String field, String text) {
		String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		return Arrays.stream(values())
			.filter(r -> r.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new BadInputException(field, "'" + text + "' is not a role; expected one of "
					+ Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "))));
	}

}
