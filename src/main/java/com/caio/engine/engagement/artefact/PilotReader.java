package com.caio.engine.engagement.artefact;

import java.time.LocalDate;
import java.util.Optional;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.PilotContent;
import com.caio.engine.pilot.PilotService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored pilot: its plan and readiness, and its post-pilot evaluation once there is
 * one.
 */
@Component
class PilotReader implements ArtefactReader {

	private final PilotService pilots;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PilotReader(PilotService pilots, JdbcClient jdbc, JsonMapper json) {
		this.pilots = pilots;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public String kind() {
		return "pilot";
	}

	@Override
	public boolean exists(long runId) {
		return pilots.view(runId).isPresent();
	}

	@Override
	public Optional<Long> findByInput(String input) {
		return jdbc.sql("SELECT id FROM pilot_state WHERE name = :name ORDER BY id DESC")
			.param("name", input)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public Optional<ArtefactContent> read(Artefact artefact) {
		return pilots.view(artefact.runId()).map(view -> content(artefact, json.valueToTree(view)));
	}

	private static ArtefactContent content(Artefact artefact, JsonNode pilot) {
		// the plan is stored as a run of its own: its result holds the plan and the
		// readiness
		JsonNode planned = pilot.path("planned").has("result") ? pilot.path("planned").path("result")
				: pilot.path("planned");
		JsonNode plan = planned.path("plan");
		JsonNode samples = plan.path("samplePerArm");
		long sample = samples.path("control").asLong() + samples.path("treatment").asLong();
		boolean ready = planned.path("readiness").path("readyToStart").asBoolean();
		JsonNode evaluation = pilot.path("evaluation");
		boolean evaluated = evaluation.isObject();
		LocalDate closed = null;
		if (evaluated && evaluation.path("closedOn").isString()) {
			closed = LocalDate.parse(evaluation.path("closedOn").asString());
		}
		return new PilotContent(artefact, !plan.path("hypothesis").asString("").isBlank(),
				!plan.path("kpiName").asString("").isBlank() && plan.path("targetRelativeEffect").asDouble() != 0,
				sample, plan.path("timeframeDays").asInt(), ready, evaluated,
				evaluated && evaluation.path("absoluteDelta").isNumber(),
				evaluated && evaluation.path("pValue").isNumber() && evaluation.path("ci95").isArray(),
				evaluated ? evaluation.path("learnedRisks").size() : 0,
				evaluated ? evaluation.path("decision").asString(null) : null, closed);
	}

}
