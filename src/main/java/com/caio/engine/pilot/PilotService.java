package com.caio.engine.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.common.NotFoundException;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pilot lifecycle after the plan: evaluates pilots with the current pilot rules and
 * appends evaluations and steering decisions to the pilot's events.
 */
@Service
public class PilotService {

	static final Set<String> DECISIONS = Set.of(PilotDecision.SCALE, PilotDecision.STOP, PilotDecision.EXTEND,
			PilotDecision.INVESTIGATE);

	private final RuleRuntime rules;

	private final PilotStore store;

	private final JsonMapper json;

	private final Runs runs;

	private final PilotCapability capability;

	PilotService(RuleRuntime rules, PilotStore store, JsonMapper json, Runs runs, PilotCapability capability) {
		this.rules = rules;
		this.store = store;
		this.json = json;
		this.runs = runs;
		this.capability = capability;
	}

	/** Plans the pilot (a run of the pilot capability), which creates it. */
	public PilotView create(Source request) {
		return create(request, RunScope.Owner.none(null));
	}

	/**
	 * Plans the pilot (a run of the pilot capability made by {@code owner}), which
	 * creates it; the pilot is seen by whoever may see its plan run.
	 */
	public PilotView create(Source request, RunScope.Owner owner) {
		Run<PlannedPilot> run = runs.run(capability, request, owner);
		long id = store.findByPlanRun(run.id()).orElseThrow();
		return view(id).orElseThrow();
	}

	/**
	 * Refuses with 404 ("no pilot with id N", as for a missing one) unless the pilot's
	 * plan run is in scope.
	 */
	public void requireVisible(long id, RunScope scope) {
		if (!store.owner(id).map(scope::includes).orElse(false)) {
			throw new NotFoundException("no pilot with id " + id);
		}
	}

	/** Evaluates aggregates against the plan in the input. */
	public PilotEvaluation evaluate(EvaluationInput input) {
		PilotDesign design = design(input.plan());
		return evaluate(design, input);
	}

	/**
	 * Streams a per-unit CSV; the plan, close date and risks come from {@code context}.
	 */
	public PilotEvaluation evaluateUnits(Source units, EvaluationInput context) {
		PilotDesign design = design(context.plan());
		String fileName = units.name();
		UnitTally tally;
		try (InputStream in = units.open()) {
			tally = new UnitCsvReader(UnitLayout.of(context.plan(), design.kind())).read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		Evaluator.Source source = new Evaluator.Source(fileName, units.sha256(), tally.rows(), tally.rejectedCount(),
				tally.rejected());
		return Evaluator.evaluate(rules.current(), design, tally.control(), tally.treatment(), source,
				context.closedOn(), context.risks());
	}

	@Transactional
	public PilotEvaluation evaluatePilot(long id, EvaluationInput input) {
		PilotStore.Row row = row(id);
		EvaluationInput withPlan = input.plan() != null ? input : new EvaluationInput(storedRequest(row).plan(),
				input.control(), input.treatment(), input.closedOn(), input.learnedRisks());
		return store(row, evaluate(withPlan));
	}

	@Transactional
	public PilotEvaluation evaluatePilotUnits(long id, Source units, LocalDate closedOn, List<String> risks) {
		PilotStore.Row row = row(id);
		EvaluationInput context = new EvaluationInput(storedRequest(row).plan(), null, null, closedOn, risks);
		return store(row, evaluateUnits(units, context));
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
		SteeringDecision record = new SteeringDecision(id, decision, input.decidedOn(), who, closed, days, late,
				row.recommendation(), findings, Instant.now(), ruleSet.version());
		store.append(id, PilotStore.DECIDED, record.recordedAt(), record.ruleSetVersion(),
				json.writeValueAsString(record), null, null);
		return record;
	}

	/** The pilot as stored: plan, latest evaluation and steering decisions. */
	public Optional<PilotView> view(long id) {
		return store.find(id).map(row -> {
			List<PilotStore.Event> evaluations = store.events(id, PilotStore.EVALUATED);
			PilotEvaluation latest = evaluations.isEmpty() ? null
					: json.readValue(evaluations.get(evaluations.size() - 1).body(), PilotEvaluation.class);
			return new PilotView(id, runs.find(capability, row.planRunId()), latest, decisions(id));
		});
	}

	/** The pilot's latest evaluation and its steering decisions, for the report. */
	public Optional<PilotReport> report(long id) {
		int steeringDays = PilotPolicy.of(rules.current()).steeringDays();
		return view(id).filter(v -> v.evaluation() != null)
			.map(v -> new PilotReport(v.evaluation(), v.steeringDecisions(),
					store.find(id).map(row -> storedRequest(row).readiness()).orElse(null), steeringDays));
	}

	/** The report of an evaluation that is not stored: no readiness, no decisions yet. */
	public PilotReport report(PilotEvaluation evaluation) {
		return new PilotReport(evaluation, List.of(), null, PilotPolicy.of(rules.current()).steeringDays());
	}

	private List<SteeringDecision> decisions(long id) {
		return store.events(id, PilotStore.DECIDED)
			.stream()
			.map(e -> json.readValue(e.body(), SteeringDecision.class))
			.toList();
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
		store.append(row.id(), PilotStore.EVALUATED, evaluation.evaluatedAt(), evaluation.ruleSetVersion(),
				json.writeValueAsString(evaluation), evaluation.decision(), evaluation.closedOn());
		return evaluation;
	}

	private PilotStore.Row row(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("no pilot with id " + id));
	}

	private PilotRequest storedRequest(PilotStore.Row row) {
		return json.readValue(row.requestJson(), PilotRequest.class);
	}

	private PilotDesign design(PlanInput plan) {
		return PilotCapability.design(plan, rules.current());
	}

}
