package com.caio.engine.pilot;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.caio.engine.storage.RunScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The pilots: one aggregate row each (its state now) and an append-only event table of
 * what happened to it (V2, tables pilot_state and pilot_event). The plan itself is a run
 * of the {@code pilot} capability.
 */
@Repository
class PilotStore {

	static final String EVALUATED = "EVALUATED";

	static final String DECIDED = "DECIDED";

	/** A pilot's state: the recommendation and close date come from its latest events. */
	record Row(long id, long planRunId, String requestJson, String recommendation, LocalDate closedOn) {
	}

	/** Something that happened to a pilot, with its body as JSON. */
	record Event(long id, String type, Instant at, String ruleSetVersion, String body) {
	}

	private final JdbcClient jdbc;

	PilotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long planRunId, String name, Instant at, String ruleSetVersion, boolean ready, String requestJson,
			LocalDate closedOn) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO pilot_state (plan_run_id, name, created_at, rule_set_version, ready_to_start, request_json,
				  closed_on)
				VALUES (:run, :name, :at, :version, :ready, :request, :closed)""")
			.param("run", planRunId)
			.param("name", name)
			.param("at", Timestamp.from(at))
			.param("version", ruleSetVersion)
			.param("ready", ready)
			.param("request", requestJson)
			.param("closed", date(closedOn))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * Appends an event and moves the aggregate's state on, in the caller's transaction.
	 */
	void append(long pilotId, String type, Instant at, String ruleSetVersion, String body, String recommendation,
			LocalDate closedOn) {
		jdbc.sql("""
				INSERT INTO pilot_event (pilot_id, type, at, rule_set_version, body)
				VALUES (:pilot, :type, :at, :version, :body)""")
			.param("pilot", pilotId)
			.param("type", type)
			.param("at", Timestamp.from(at))
			.param("version", ruleSetVersion)
			.param("body", body)
			.update();
		jdbc.sql("""
				UPDATE pilot_state SET recommendation = COALESCE(:rec, recommendation),
				closed_on = COALESCE(:closed, closed_on) WHERE id = :id""")
			.param("rec", recommendation)
			.param("closed", date(closedOn))
			.param("id", pilotId)
			.update();
	}

	Optional<Row> find(long id) {
		return jdbc
			.sql("SELECT id, plan_run_id, request_json, recommendation, closed_on FROM pilot_state WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("plan_run_id"), rs.getString("request_json"),
					rs.getString("recommendation"),
					rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate()))
			.optional();
	}

	/**
	 * Who planned the pilot and in which engagement: the owner of its plan run (none when
	 * that run was deleted); empty when there is no such pilot.
	 */
	Optional<RunScope.Owner> owner(long id) {
		return jdbc.sql("""
				SELECT r.engagement_id, r.created_by FROM pilot_state p
				LEFT JOIN scoring_run r ON r.id = p.plan_run_id WHERE p.id = :id""")
			.param("id", id)
			.query((rs, n) -> new RunScope.Owner(
					rs.getObject("engagement_id") == null ? null : rs.getLong("engagement_id"),
					rs.getString("created_by")))
			.optional();
	}

	Optional<Long> findByPlanRun(long planRunId) {
		return jdbc.sql("SELECT id FROM pilot_state WHERE plan_run_id = :run")
			.param("run", planRunId)
			.query(Long.class)
			.optional();
	}

	/** The pilot's events of one type, oldest first. */
	List<Event> events(long pilotId, String type) {
		return jdbc.sql("SELECT * FROM pilot_event WHERE pilot_id = :id AND type = :type ORDER BY id")
			.param("id", pilotId)
			.param("type", type)
			.query((rs, n) -> new Event(rs.getLong("id"), rs.getString("type"), rs.getTimestamp("at").toInstant(),
					rs.getString("rule_set_version"), rs.getString("body")))
			.list();
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
