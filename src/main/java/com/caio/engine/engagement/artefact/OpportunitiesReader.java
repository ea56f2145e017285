package com.caio.engine.engagement.artefact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.OpportunitiesContent;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A stored opportunities run: the documents of the Head of Innovation's Discovery and
 * Purchase stories it holds. Its backlog is the opportunity backlog and, through the
 * go/no-go of its top use cases, the MVP scope; its MVP plan is the resource plan, the
 * project plan (internal-only against assisted time to MVP, at P80), the resourcing plan
 * (commitments and RACI), the MVP acceptance (pilot start and acceptance criteria) and
 * the coaching plan. A topic is covered only when every item the run holds has it.
 */
@Component
class OpportunitiesReader extends StoredRunReader {

	private static final Set<String> DECISIONS = Set.of("GO", "GO_WITH_CONDITIONS", "NO_GO");

	OpportunitiesReader(RunStore store) {
		super(store, "opportunities");
	}

	@Override
	ArtefactContent content(Artefact artefact, JsonNode result) {
		List<Artefact> standsFor = new ArrayList<>();
		JsonNode backlog = result.path("backlog");
		if (backlog.isObject()) {
			standsFor.add(backlog(artefact, backlog.path("ranked")));
			standsFor.add(mvpScope(artefact, backlog.path("goNoGo")));
		}
		JsonNode plan = result.path("mvpPlan");
		if (plan.isObject()) {
			standsFor.add(resourcePlan(artefact, plan));
			standsFor.add(projectPlan(artefact, plan));
			standsFor.add(resourcingPlan(artefact, plan));
			standsFor.add(mvpAcceptance(artefact, plan));
			standsFor.add(coachingPlan(artefact, plan.path("coaching")));
		}
		return new OpportunitiesContent(artefact, standsFor);
	}

	private static Artefact backlog(Artefact link, JsonNode ranked) {
		List<String> covers = new ArrayList<>();
		if (all(ranked, u -> text(u, "targetKpi") && u.path("upliftPercent").path("likely").isNumber())) {
			covers.add("expected-kpis");
		}
		if (all(ranked, u -> u.path("effortWeeks").path("likely").asDouble() > 0)) {
			covers.add("effort-estimates");
		}
		if (all(ranked, u -> text(u, "riskNotes"))) {
			covers.add("risk-notes");
		}
		if (all(ranked, u -> u.path("rank").asInt() > 0)) {
			covers.add("prioritised");
		}
		return as(link, "opportunity-backlog", covers, Map.of("useCases", (double) count(ranked)));
	}

	/**
	 * The top use cases' decisions; the MVP scope and uplift are those of the best ranked
	 * GO or GO_WITH_CONDITIONS with in-scope items (a NO_GO has no MVP to scope).
	 */
	private static Artefact mvpScope(Artefact link, JsonNode top) {
		List<String> covers = new ArrayList<>();
		Map<String, Double> figures = new HashMap<>();
		figures.put("topOpportunities", (double) count(top));
		if (all(top, t -> DECISIONS.contains(t.path("decision").asString("")))) {
			covers.add("go-no-go-recommendation");
		}
		for (JsonNode t : top) {
			JsonNode scope = t.path("mvpScope");
			if (!t.path("decision").asString("").equals("NO_GO") && count(scope.path("in")) > 0) {
				covers.add("mvp-scope");
				if (text(scope, "targetMetric") && scope.path("upliftHighPercent").asDouble() > 0) {
					covers.add("target-uplift");
					figures.put("targetUpliftLowPercent", scope.path("upliftLowPercent").asDouble());
					figures.put("targetUpliftHighPercent", scope.path("upliftHighPercent").asDouble());
				}
				break;
			}
		}
		return as(link, "mvp-scope", covers, figures);
	}

	private static Artefact resourcePlan(Artefact link, JsonNode plan) {
		List<String> covers = new ArrayList<>();
		JsonNode resources = plan.path("resourcePlan");
		if (some(resources.path("people"), p -> p.path("totalHours").asDouble() > 0)
				&& count(resources.path("weeks")) > 0) {
			covers.add("resources");
		}
		if (mode(plan, "ASSISTED").path("p80Date").isString()) {
			covers.add("timeline-to-mvp");
		}
		return as(link, "resource-plan", covers, Map.of("weeks", (double) count(resources.path("weeks"))));
	}

	/** Time to MVP of each mode at P80 (the date the plan commits to), in months. */
	private static Artefact projectPlan(Artefact link, JsonNode plan) {
		List<String> covers = new ArrayList<>();
		Map<String, Double> figures = new HashMap<>();
		if (plan.path("pilotStart").isString()) {
			LocalDate start = LocalDate.parse(plan.path("pilotStart").asString());
			months(start, mode(plan, "INTERNAL")).ifPresent(m -> {
				covers.add("internal-timeline");
				figures.put("internalMonthsToMvp", m);
			});
			months(start, mode(plan, "ASSISTED")).ifPresent(m -> {
				covers.add("assisted-timeline");
				figures.put("assistedMonthsToMvp", m);
			});
		}
		return as(link, "project-plan", covers, figures);
	}

	private static Artefact resourcingPlan(Artefact link, JsonNode plan) {
		List<String> covers = new ArrayList<>();
		JsonNode people = plan.path("resourcePlan").path("people");
		if (some(people, p -> p.path("kind").asString("").equals("internal") && p.path("totalHours").asDouble() > 0)) {
			covers.add("internal-commitments");
		}
		if (some(people,
				p -> p.path("kind").asString("").equals("fractional") && p.path("totalHours").asDouble() > 0)) {
			covers.add("fractional-commitments");
		}
		if (all(plan.path("raci"), t -> count(t.path("accountable")) == 1 && count(t.path("responsible")) > 0)) {
			covers.add("responsibilities");
		}
		return as(link, "resourcing-plan", covers, Map.of());
	}

	private static Artefact mvpAcceptance(Artefact link, JsonNode plan) {
		List<String> covers = new ArrayList<>();
		if (plan.path("pilotStart").isString()) {
			covers.add("pilot-start-date");
		}
		if (all(plan.path("acceptanceCriteria"), c -> !c.asString("").isBlank())) {
			covers.add("mvp-acceptance-criteria");
		}
		return as(link, "mvp-acceptance", covers, Map.of());
	}

	private static Artefact coachingPlan(Artefact link, JsonNode coaching) {
		List<String> covers = new ArrayList<>();
		JsonNode entries = coaching.path("entries");
		if (all(entries, c -> text(c, "person"))) {
			covers.add("core-personnel");
		}
		if (all(entries, c -> text(c, "outcome") && text(c, "measure") && c.path("target").isNumber())) {
			covers.add("measurable-outcomes");
		}
		return as(link, "coaching-plan", covers, Map.of("people", coaching.path("people").asDouble()));
	}

	/** The same artefact (id, name, run, date) as a document of another kind. */
	private static Artefact as(Artefact link, String kind, List<String> covers, Map<String, Double> figures) {
		return new Artefact(link.id(), kind, link.name(), link.runKind(), link.runId(), null, link.date(), covers,
				figures);
	}

	private static JsonNode mode(JsonNode plan, String mode) {
		for (JsonNode m : plan.path("modes")) {
			if (m.path("mode").asString("").equals(mode)) {
				return m;
			}
		}
		return MissingNode.getInstance();
	}

	private static Optional<Double> months(LocalDate start, JsonNode mode) {
		if (!mode.path("p80Date").isString()) {
			return Optional.empty();
		}
		return Optional.of(months(start, LocalDate.parse(mode.path("p80Date").asString())));
	}

	/**
	 * Calendar months from {@code start} to {@code end}: whole months, then the share of
	 * the next month's days, so the start plus 3 months is exactly 3 and a day later is
	 * more.
	 */
	static double months(LocalDate start, LocalDate end) {
		long whole = ChronoUnit.MONTHS.between(start, end);
		LocalDate from = start.plusMonths(whole);
		double share = (double) ChronoUnit.DAYS.between(from, end)
				/ ChronoUnit.DAYS.between(from, start.plusMonths(whole + 1));
		return Math.round((whole + share) * 100) / 100.0;
	}

	/** Every item has it, and there is at least one item. */
	private static boolean all(JsonNode items, Predicate<JsonNode> test) {
		if (count(items) == 0) {
			return false;
		}
		for (JsonNode item : items) {
			if (!test.test(item)) {
				return false;
			}
		}
		return true;
	}

	private static boolean some(JsonNode items, Predicate<JsonNode> test) {
		for (JsonNode item : items) {
			if (test.test(item)) {
				return true;
			}
		}
		return false;
	}

	private static boolean text(JsonNode node, String field) {
		return node.path(field).isString() && !node.path(field).asString().isBlank();
	}

}
