package com.caio.engine.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who ({@code actor}) did what ({@code action}) to which
 * record ({@code kind} and {@code subjectId}, either may be null), and the details.
 */
public record AuditEvent(long id, Instant at, String actor, String action, String kind, String subjectId,
		String detail) {
}
