package com.caio.engine.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail ({@code audit_event}): deletions, purges, and (with the
 * workspace) sign-ins, uploads and sign-offs. It has no method to change or remove an
 * event.
 */
@Service
public class AuditLog {

	/** Longest actor and action kept; longer values are cut, never refused. */
	private static final int ACTOR_MAX = 200;

	private final JdbcClient jdbc;

	public AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends an event now. Runs in the caller's transaction, if any, so an event is kept
	 * exactly when what it describes is.
	 * @param actor who: e.g. {@code cli:alice}, {@code http:127.0.0.1}, {@code retention}
	 * @param action what, as a dotted verb: e.g. {@code run.deleted}
	 */
	public void record(String actor, String action, String kind, String subjectId, String detail) {
		jdbc.sql("""
				INSERT INTO audit_event (at, actor, action, kind, subject_id, detail)
				VALUES (:at, :actor, :action, :kind, :subject, :detail)""")
			.param("at", Timestamp.from(Instant.now()))
			.param("actor", cut(actor, ACTOR_MAX))
			.param("action", cut(action, 60))
			.param("kind", kind == null ? null : cut(kind, 40))
			.param("subject", subjectId == null ? null : cut(subjectId, 100))
			.param("detail", detail)
			.update();
	}

	/** The newest events first. */
	public List<AuditEvent> recent(int limit) {
		return jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
			.query(AuditLog::map)
			.list();
	}

	/**
	 * The newest events whose action starts with {@code prefix} (e.g. {@code rules.}).
	 */
	public List<AuditEvent> recent(String prefix, int limit) {
		return jdbc
			.sql("SELECT * FROM audit_event WHERE action LIKE :prefix ORDER BY id DESC FETCH FIRST "
					+ Math.max(1, limit) + " ROWS ONLY")
			.param("prefix", prefix.replace("%", "") + "%")
			.query(AuditLog::map)
			.list();
	}

	/** Everything that happened to one record, oldest first. */
	public List<AuditEvent> about(String kind, String subjectId) {
		return jdbc.sql("SELECT * FROM audit_event WHERE kind = :kind AND subject_id = :subject ORDER BY id")
			.param("kind", kind)
			.param("subject", subjectId)
			.query(AuditLog::map)
			.list();
	}

	private static String cut(String value, int max) {
		String text = value == null || value.isBlank() ? "unknown" : value;
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static AuditEvent map(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("kind"), rs.getString("subject_id"), rs.getString("detail"));
	}

}
