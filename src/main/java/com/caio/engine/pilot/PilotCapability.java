package com.caio.engine.pilot;

import java.util.List;
import java.util.Map;

import com.caio.engine.common.BadInputException;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pilot: a plan (KPI, baseline, target effect, timeframe) sized by the power
 * calculations, with its data readiness judged by {@code rules/pilot/}. A stored plan is
 * a pilot: its aggregate row is created with the run, and the evaluation and the steering
 * decision are appended to it ({@link PilotService}).
 */
@Component
class PilotCapability extends AbstractCapability<PilotRequest, PlannedPilot> {

	static final String KIND = "pilot";

	private final PilotInputs inputs;

	private final PilotStore store;

	private final JsonMapper json;

	PilotCapability(PilotInputs inputs, PilotStore store, JsonMapper json) {
		super(KIND, PlannedPilot.class);
		this.inputs = inputs;
		this.store = store;
		this.json = json;
	}

	@Override
	public PilotRequest read(Source source, RuleSet rules) {
		PilotRequest request = inputs.read(source, PilotRequest.class);
		design(request.plan());
		return request;
	}

	@Override
	public PlannedPilot assess(PilotRequest request, RuleSet rules) {
		PilotDesign design = design(request.plan());
		ReadinessInput readiness = request.readiness() == null ? new ReadinessInput(null, null, null)
				: request.readiness();
		PilotRules.Readiness verdict = PilotRules.readiness(rules, design.name(), readiness.items());
		return new PlannedPilot(Planner.plan(design),
				new PlannedPilot.Readiness(verdict.readyToStart(), verdict.gaps(), verdict.firedRules()));
	}

	@Override
	public List<Document<PlannedPilot>> documents() {
		return List.of(Document.text(PilotText::render));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(List.of("pilot", "plan")), null, Map.of(), Map.of());
	}

	/** The plan is the pilot: its aggregate row starts with the run. */
	@Override
	public void stored(Run<PlannedPilot> run, PilotRequest request) {
		store.create(run.id(), run.result().plan().name(), run.at(), run.ruleSetVersion(),
				run.result().readiness().readyToStart(), json.writeValueAsString(request), request.plan().closedOn());
	}

	static PilotDesign design(PlanInput plan) {
		if (plan == null) {
			throw new BadInputException("plan",
					"missing; the pilot plan (kpi, baseline, targetRelativeEffect, ...) is required");
		}
		return plan.validate("plan.");
	}

}
