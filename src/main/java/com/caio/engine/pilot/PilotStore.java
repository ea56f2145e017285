package com.caio.engine.pilot;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The pilots and their steering decisions (tables of V30 and V31). */
@Repository
class PilotStore {

	/** A stored pilot row; evaluation fields are null until it is evaluated. */
	record Row(long id, String requestJson, String planJson, String evaluationJson, String recommendation,
			LocalDate closedOn) {
	}

	private final JdbcClient jdbc;

	PilotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(String name, Instant at, String ruleSetVersion, boolean ready, String requestJson, LocalDate closedOn) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO pilot (name, created_at, rule_set_version, ready_to_start, request_json, plan_json, closed_on)
						VALUES (:name, :at, :version, :ready, :request, '{}', :closed)""")
			.param("name", name)
			.param("at", Timestamp.from(at))
			.param("version", ruleSetVersion)
			.param("ready", ready)
			.param("request", requestJson)
			.param("closed", closedOn == null ? null : Date.valueOf(closedOn))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void savePlan(long id, String planJson) {
		jdbc.sql("UPDATE pilot SET plan_json = :plan WHERE id = :id").param("plan", planJson).param("id", id).update();
	}

	void saveEvaluation(long id, String evaluationJson, String recommendation, LocalDate closedOn, Instant at) {
		jdbc.sql("""
				UPDATE pilot SET evaluation_json = :json, recommendation = :rec, evaluated_at = :at,
				closed_on = COALESCE(:closed, closed_on) WHERE id = :id""")
			.param("json", evaluationJson)
			.param("rec", recommendation)
			.param("at", Timestamp.from(at))
			.param("closed", closedOn == null ? null : Date.valueOf(closedOn))
			.param("id", id)
			.update();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT * FROM pilot WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("request_json"), rs.getString("plan_json"),
					rs.getString("evaluation_json"), rs.getString("recommendation"),
					rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate()))
			.optional();
	}

	long saveDecision(SteeringDecision d, String decidedBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO pilot_steering_decision (pilot_id, decision, decided_on, decided_by, closed_on,
				  days_after_close, late, recorded_at, rule_set_version, result_json)
				VALUES (:pilot, :decision, :on, :by, :closed, :days, :late, :at, :version, '{}')""")
			.param("pilot", d.pilotId())
			.param("decision", d.decision())
			.param("on", Date.valueOf(d.decidedOn()))
			.param("by", decidedBy)
			.param("closed", Date.valueOf(d.closedOn()))
			.param("days", (int) d.daysAfterClose())
			.param("late", d.late())
			.param("at", Timestamp.from(d.recordedAt()))
			.param("version", d.ruleSetVersion())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void saveDecisionJson(long id, String json) {
		jdbc.sql("UPDATE pilot_steering_decision SET result_json = :json WHERE id = :id")
			.param("json", json)
			.param("id", id)
			.update();
	}

	List<String> decisions(long pilotId) {
		return jdbc.sql("SELECT result_json FROM pilot_steering_decision WHERE pilot_id = :id ORDER BY id")
			.param("id", pilotId)
			.query(String.class)
			.list();
	}

}
