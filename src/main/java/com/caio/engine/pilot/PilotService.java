package com.caio.engine.pilot;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.Hashing;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans pilots, evaluates them with the current pilot rules, and keeps pilots and
 * steering decisions.
 */
@Service
public class PilotService {

	static final Set<String> DECISIONS = Set.of(PilotDecision.SCALE, PilotDecision.STOP, PilotDecision.EXTEND,
			PilotDecision.INVESTIGATE);

	private final RuleRuntime rules;

	private final PilotStore store;

	private final JsonMapper json;

	public PilotService(RuleRuntime rules, PilotStore store, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.json = json;
	}

	/** Designs the pilot and judges its data readiness; nothing is stored. */
	public PlannedPilot plan(PilotRequest request) {
		PilotDesign design = design(request == null ? null : request.plan());
		RuleSet ruleSet = rules.current();
		ReadinessInput readiness = request.readiness() == null ? new ReadinessInput(null, null, null)
				: request.readiness();
		PilotRules.Readiness verdict = PilotRules.readiness(ruleSet, design.name(), readiness.items());
		return new PlannedPilot(null, Instant.now(), ruleSet.version(), Planner.plan(design, PilotPolicy.of(ruleSet)),
				new PlannedPilot.Readiness(verdict.readyToStart(), verdict.gaps(), verdict.firedRules()));
	}

	@Transactional
	public PlannedPilot create(PilotRequest request) {
		PlannedPilot planned = plan(request);
		long id = store.create(planned.plan().name(), planned.createdAt(), planned.ruleSetVersion(),
				planned.readiness().readyToStart(), json.writeValueAsString(request), request.plan().closedOn());
		PlannedPilot stored = planned.withId(id);
		store.savePlan(id, json.writeValueAsString(stored));
		return stored;
	}

	/** Evaluates aggregates against the plan in the input. */
	public PilotEvaluation evaluate(EvaluationInput input) {
		PilotDesign design = design(input.plan());
		return evaluate(design, input);
	}

	/**
	 * Streams a per-unit CSV; the plan, close date and risks come from {@code context}.
	 */
	public PilotEvaluation evaluateUnits(InputStream in, String fileName, EvaluationInput context)
			throws CsvFormatException {
		PilotDesign design = design(context.plan());
		DigestInputStream digest = Hashing.sha256(in);
		UnitTally tally = new UnitCsvReader().read(digest);
		if (tally.kind() != design.kind()) {
			throw new BadInputException(fileName + ":1",
					"the CSV holds a " + tally.kind().name().toLowerCase(Locale.ROOT) + " KPI ('"
							+ (tally.kind() == KpiKind.RATE ? "converted" : "value")
							+ "' column) but the plan's kpi is " + design.kind().name().toLowerCase(Locale.ROOT));
		}
		for (ArmTotals arm : List.of(tally.control(), tally.treatment())) {
			if (arm.units() < (design.kind() == KpiKind.RATE ? 1 : 2)) {
				throw new BadInputException(fileName, "too few valid rows for the " + arm.arm() + " arm (" + arm.units()
						+ "); " + tally.rejectedCount() + " of " + tally.rows() + " rows were rejected");
			}
		}
		Evaluator.Source source = new Evaluator.Source(fileName, Hashing.hex(digest), tally.rows(),
				tally.rejectedCount(), tally.rejected());
		return Evaluator.evaluate(rules.current(), design, tally.control(), tally.treatment(), source,
				context.closedOn(), context.risks());
	}

	@Transactional
	public PilotEvaluation evaluatePilot(long id, EvaluationInput input) {
		PilotStore.Row row = row(id);
		EvaluationInput withPlan = input.plan() != null ? input : new EvaluationInput(storedRequest(row).plan(),
				input.control(), input.treatment(), input.closedOn(), input.learnedRisks());
		return store(row, evaluate(withPlan).forPilot(id));
	}

	@Transactional
	public PilotEvaluation evaluatePilotUnits(long id, InputStream in, String fileName, LocalDate closedOn,
			List<String> risks) throws CsvFormatException {
		PilotStore.Row row = row(id);
		EvaluationInput context = new EvaluationInput(storedRequest(row).plan(), null, null, closedOn, risks);
		return store(row, evaluateUnits(in, fileName, context).forPilot(id));
	}

	/**
	 * Records the steering committee's decision; the rules flag it when it comes over 14
	 * days after the close.
	 */
	@Transactional
	public SteeringDecision decide(long id, SteeringInput input) {
		PilotStore.Row row = row(id);
		String decision = input.decision() == null ? "" : input.decision().strip().toUpperCase(Locale.ROOT);
		if (!DECISIONS.contains(decision)) {
			throw new BadInputException("decision", "'" + input.decision() + "' is not a decision; expected one of "
					+ "SCALE, STOP, EXTEND, INVESTIGATE");
		}
		if (input.decidedOn() == null) {
			throw new BadInputException("decidedOn", "missing; the date of the decision, e.g. 2026-11-20");
		}
		List<String> who = input.decidedBy() == null ? List.of()
				: input.decidedBy().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
		if (who.isEmpty()) {
			throw new BadInputException("decidedBy", "missing; name at least one member of the steering committee");
		}
		LocalDate closed = input.closedOn() != null ? input.closedOn() : row.closedOn();
		if (closed == null) {
			throw new BadInputException("closedOn",
					"the pilot's close date is unknown; give closedOn here, in the plan or in the evaluation");
		}
		long days = ChronoUnit.DAYS.between(closed, input.decidedOn());
		if (days < 0) {
			throw new BadInputException("decidedOn",
					"the decision (" + input.decidedOn() + ") is before the pilot closed (" + closed + ")");
		}
		RuleSet ruleSet = rules.current();
		List<Finding> findings = PilotRules.steering(ruleSet,
				new SteeringRecord(decision, input.decidedOn(), closed, days, row.recommendation()));
		boolean late = findings.stream().anyMatch(f -> f.ruleId().equals(SteeringDecision.LATE_RULE));
		SteeringDecision record = new SteeringDecision(null, id, decision, input.decidedOn(), who, closed, days, late,
				row.recommendation(), findings, Instant.now(), ruleSet.version());
		long decisionId = store.saveDecision(record, String.join("; ", who));
		SteeringDecision stored = record.withId(decisionId);
		store.saveDecisionJson(decisionId, json.writeValueAsString(stored));
		return stored;
	}

	/**
	 * The pilot as stored: plan, readiness, latest evaluation and steering decisions, as
	 * one JSON document.
	 */
	public Optional<String> view(long id) {
		return store.find(id).map(row -> {
			List<String> decisions = store.decisions(id);
			return "{\"id\":" + id + ",\"planned\":" + row.planJson() + ",\"evaluation\":"
					+ (row.evaluationJson() == null ? "null" : row.evaluationJson()) + ",\"steeringDecisions\":["
					+ String.join(",", decisions) + "]}";
		});
	}

	/** The pilot's latest evaluation and its steering decisions, for the report. */
	public Optional<PilotReport> report(long id) {
		return store.find(id).filter(row -> row.evaluationJson() != null).map(row -> {
			List<SteeringDecision> decisions = new ArrayList<>();
			store.decisions(id).forEach(d -> decisions.add(json.readValue(d, SteeringDecision.class)));
			return new PilotReport(json.readValue(row.evaluationJson(), PilotEvaluation.class), decisions,
					storedRequest(row).readiness(), PilotPolicy.of(rules.current()).steeringDays());
		});
	}

	/** The report of an evaluation that is not stored: no readiness, no decisions yet. */
	public PilotReport report(PilotEvaluation evaluation) {
		return new PilotReport(evaluation, List.of(), null, PilotPolicy.of(rules.current()).steeringDays());
	}

	public String toJson(Object value) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

	private PilotEvaluation evaluate(PilotDesign design, EvaluationInput input) {
		if (input.control() == null || input.treatment() == null) {
			throw new BadInputException(input.control() == null ? "control" : "treatment",
					"missing; expected units and conversions (rate KPI) or n, mean and sd (mean KPI)");
		}
		ArmTotals control = input.control().validate("control", "control", design.kind());
		ArmTotals treatment = input.treatment().validate("treatment", "treatment", design.kind());
		return Evaluator.evaluate(rules.current(), design, control, treatment, Evaluator.Source.AGGREGATES,
				input.closedOn(), input.risks());
	}

	private PilotEvaluation store(PilotStore.Row row, PilotEvaluation evaluation) {
		store.saveEvaluation(row.id(), json.writeValueAsString(evaluation), evaluation.decision(),
				evaluation.closedOn(), evaluation.evaluatedAt());
		return evaluation;
	}

	private PilotStore.Row row(long id) {
		return store.find(id).orElseThrow(() -> new PilotNotFoundException(id));
	}

	private PilotRequest storedRequest(PilotStore.Row row) {
		return json.readValue(row.requestJson(), PilotRequest.class);
	}

	private PilotDesign design(PlanInput plan) {
		if (plan == null) {
			throw new BadInputException("plan",
					"missing; the pilot plan (kpi, baseline, targetRelativeEffect, ...) is required");
		}
		return plan.validate("plan.", PilotPolicy.of(rules.current()));
	}

}
