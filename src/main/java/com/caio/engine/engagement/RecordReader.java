package com.caio.engine.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.caio.engine.engagement.artefact.ArtefactReader;
import com.caio.engine.engagement.model.Access;
import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.Decision;
import com.caio.engine.engagement.model.Deliverable;
import com.caio.engine.engagement.model.EngagementEvent;
import com.caio.engine.engagement.model.EngagementRecord;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.Incident;
import com.caio.engine.engagement.model.Introduction;
import com.caio.engine.engagement.model.Measurement;
import com.caio.engine.engagement.model.Meeting;
import com.caio.engine.engagement.model.Person;
import com.caio.engine.engagement.model.SignOff;
import com.caio.engine.engagement.model.Iteration;
import com.caio.engine.engagement.model.Training;
import com.caio.engine.common.BadInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one record (a person, an artefact or an event) and checks it against the
 * engagement's records so far: people and artefacts it names must exist, no date may lie
 * after the day it is recorded, a correction must name an earlier event of its kind, and
 * a decision may not contradict a recorded one it does not supersede.
 */
final class RecordReader {

	static final Set<String> EVENT_KINDS = Set.of("sign-off", "decision", "meeting", "deliverable", "access",
			"introduction", "training", "measurement", "incident", "iteration");

	static final Set<String> DOCUMENT_KINDS = Set.of("executive-summary", "governance-pack", "governance-framework",
			"proposal", "cost-benefit", "contract", "onboarding-plan", "opportunity-backlog", "mvp-scope",
			"resource-plan", "project-plan", "resourcing-plan", "mvp-acceptance", "coaching-plan", "skills-assessment",
			"curriculum", "iteration-report", "minutes", "document");

	static final Map<String, Set<String>> DECISION_OUTCOMES = Map.of("board-budget",
			Set.of("approved", "rejected", "deferred"), "next-step", Set.of("pilot", "programme", "stop", "pause"),
			"steering", Set.of("scale", "stop", "extend", "investigate"), "go-no-go", Set.of("go", "no-go"),
			"procurement-route", Set.of("direct-award", "framework-agreement", "tender", "purchase-order"));

	static final Set<String> MEETING_KINDS = Set.of("steering", "quarterly-review", "workshop", "other");

	private static final List<String> COMMON = List.of("kind", "id", "supersedes");

	private final EngagementRecords records;

	private final LocalDate recordedOn;

	private final Map<String, ArtefactReader> readers;

	RecordReader(EngagementRecords records, LocalDate recordedOn, Map<String, ArtefactReader> readers) {
		this.records = records;
		this.recordedOn = recordedOn;
		this.readers = readers;
	}

	/** A record of the kind its {@code kind} field names. */
	EngagementRecord read(JsonNode node, String path, String defaultId) {
		String kind = node != null && node.isObject() && node.has("kind") ? node.get("kind").asString("") : "";
		String where = path.isEmpty() ? "kind" : path + ".kind";
		return switch (kind) {
			case "person" -> person(node, path);
			case "artefact" -> artefact(node, path);
			case "sign-off" -> signOff(node, path, defaultId);
			case "decision" -> decision(node, path, defaultId);
			case "meeting" -> meeting(node, path, defaultId);
			case "deliverable" -> deliverable(node, path, defaultId);
			case "access" -> access(node, path, defaultId);
			case "introduction" -> introduction(node, path, defaultId);
			case "training" -> training(node, path, defaultId);
			case "measurement" -> measurement(node, path, defaultId);
			case "incident" -> incident(node, path, defaultId);
			case "iteration" -> iteration(node, path, defaultId);
			default -> throw new BadInputException(where,
					(kind.isEmpty() ? "missing" : "'" + kind + "' is not a kind")
							+ "; expected person, artefact or an event kind: "
							+ String.join(", ", EVENT_KINDS.stream().sorted().toList()));
		};
	}

	Person person(JsonNode node, String path) {
		Fields f = new Fields(node, path, List.of("kind", "id", "name", "title", "organisation", "roles"));
		return new Person(newId(f), f.required("name", "Maria Keller"), f.text("title"), f.text("organisation"),
				f.texts("roles"));
	}

	Artefact artefact(JsonNode node, String path) {
		Fields f = new Fields(node, path,
				List.of("kind", "id", "type", "name", "run", "document", "date", "covers", "figures"));
		String id = newId(f);
		String type = f.required("type", "businesscase, proposal, onboarding-plan");
		LocalDate date = past(f, "date", true);
		if (f.has("run")) {
			Fields run = new Fields(f.child("run"), f.where("run"), List.of("id", "input"));
			ArtefactReader reader = readers.get(type);
			if (reader == null) {
				throw new BadInputException(f.where("type"), "'" + type + "' has no stored runs; runs are of "
						+ String.join(", ", readers.keySet().stream().sorted().toList()));
			}
			Long runId = runId(run, reader);
			return new Artefact(id, type, f.text("name"), type, runId, null, date, f.texts("covers"),
					f.numbers("figures"));
		}
		if (!DOCUMENT_KINDS.contains(type)) {
			throw new BadInputException(f.where("type"),
					"'" + type + "' is not an artefact type; a stored run is one of "
							+ String.join(", ", readers.keySet().stream().sorted().toList())
							+ " (with run: {id: N}), a document one of "
							+ String.join(", ", DOCUMENT_KINDS.stream().sorted().toList()));
		}
		return new Artefact(id, type, f.required("name", "Engagement proposal v3"), null, null, f.text("document"),
				date, f.texts("covers"), f.numbers("figures"));
	}

	private Long runId(Fields run, ArtefactReader reader) {
		if (run.has("id")) {
			Double n = run.number("id", true);
			long id = n.longValue();
			if (n != id || !reader.exists(id)) {
				throw new BadInputException(run.where("id"),
						"unknown artefact: no stored " + reader.kind() + " run " + run.text("id"));
			}
			return id;
		}
		String input = run.required("input", "business-case.yaml (the name of the run's input)");
		return reader.findByInput(input)
			.orElseThrow(() -> new BadInputException(run.where("input"),
					"unknown artefact: no stored " + reader.kind() + " run from '" + input + "'"));
	}

	private SignOff signOff(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "artefact", "person", "decision", "date", "comment", "as");
		String person = person(f, "person");
		String role = f.text("as");
		if (role != null && !records.person(person).orElseThrow().holds(role)) {
			throw new BadInputException(f.where("as"), "'" + person + "' does not hold the role '" + role
					+ "'; their roles are " + records.person(person).orElseThrow().roles());
		}
		String decision = f.oneOf("decision", Set.of("approve", "reject"), true);
		return supersede(f, new SignOff(eventId(f, defaultId), artefact(f, "artefact", true), person,
				decision.equals("approve"), past(f, "date", true), f.text("comment"), f.text("supersedes")));
	}

	private Decision decision(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "decision", "outcome", "amount", "currency", "date", "decidedBy", "artefact");
		String kind = f.oneOf("decision", DECISION_OUTCOMES.keySet(), true);
		String outcome = f.oneOf("outcome", DECISION_OUTCOMES.get(kind), true);
		Double amount = f.number("amount", false);
		String currency = f.text("currency");
		if (currency != null && !currency.matches("[A-Z]{3}")) {
			throw new BadInputException(f.where("currency"),
					"'" + currency + "' is not a currency code; expected e.g. EUR");
		}
		if (amount != null && (amount < 0 || currency == null)) {
			throw new BadInputException(amount < 0 ? f.where("amount") : f.where("currency"),
					amount < 0 ? "expected an amount of 0 or more" : "an amount needs its currency, e.g. EUR");
		}
		List<String> by = people(f, "decidedBy");
		Decision decision = new Decision(eventId(f, defaultId), kind, outcome, amount, currency, past(f, "date", true),
				by, artefact(f, "artefact", false), f.text("supersedes"));
		supersede(f, decision);
		records.current()
			.stream()
			.filter(Decision.class::isInstance)
			.map(Decision.class::cast)
			.filter(d -> d.decisionKind().equals(kind) && java.util.Objects.equals(d.artefact(), decision.artefact()))
			.filter(d -> !d.outcome().equals(outcome) && !d.id().equals(decision.supersedes()))
			.findFirst()
			.ifPresent(d -> {
				throw new BadInputException(f.where("outcome"),
						"'" + outcome + "' contradicts the " + kind + " decision '" + d.outcome() + "' recorded as "
								+ d.id() + " on " + d.date()
								+ "; to change it, record the new decision with supersedes: " + d.id());
			});
		return decision;
	}

	private Meeting meeting(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "meeting", "date", "attendees", "minutes", "hours");
		Double hours = f.number("hours", false);
		if (hours != null && (hours <= 0 || hours > 24)) {
			throw new BadInputException(f.where("hours"), "expected hours between 0 and 24");
		}
		return supersede(f, new Meeting(eventId(f, defaultId), f.oneOf("meeting", MEETING_KINDS, true),
				past(f, "date", true), people(f, "attendees"), f.text("minutes"), hours, f.text("supersedes")));
	}

	private Deliverable deliverable(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "name", "artefact", "primary", "due", "deliveredOn", "acceptedBy", "acceptedOn");
		LocalDate delivered = past(f, "deliveredOn", true);
		List<String> by = people(f, "acceptedBy");
		LocalDate accepted = past(f, "acceptedOn", !by.isEmpty());
		if (accepted != null && accepted.isBefore(delivered)) {
			throw new BadInputException(f.where("acceptedOn"),
					accepted + " is before it was delivered on " + delivered);
		}
		if (accepted != null && by.isEmpty()) {
			throw new BadInputException(f.where("acceptedBy"), "missing; name who accepted it");
		}
		return supersede(f,
				new Deliverable(eventId(f, defaultId), f.required("name", "Priority roadmap"),
						artefact(f, "artefact", false), f.bool("primary", false), f.date("due", false), delivered, by,
						accepted, f.text("supersedes")));
	}

	private Access access(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "system", "requestedOn", "grantedOn", "confirmedBy");
		LocalDate requested = past(f, "requestedOn", true);
		LocalDate granted = past(f, "grantedOn", false);
		if (granted != null && granted.isBefore(requested)) {
			throw new BadInputException(f.where("grantedOn"), granted + " is before it was requested on " + requested);
		}
		String confirmedBy = f.has("confirmedBy") || granted != null ? person(f, "confirmedBy") : null;
		return supersede(f, new Access(eventId(f, defaultId), f.required("system", "Snowflake marketing mart"),
				requested, granted, confirmedBy, f.text("supersedes")));
	}

	private Introduction introduction(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "person", "date");
		return supersede(f, new Introduction(eventId(f, defaultId), person(f, "person"), past(f, "date", true),
				f.text("supersedes")));
	}

	private Training training(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "module", "date", "participants", "assessed");
		return supersede(f, new Training(eventId(f, defaultId), f.required("module", "AI strategy for PMs"),
				past(f, "date", true), f.texts("participants"), f.bool("assessed", false), f.text("supersedes")));
	}

	private Iteration iteration(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "team", "feature", "coaching", "date");
		String coaching = f.required("coaching", "advisory or hands-on");
		if (!coaching.equals(Iteration.ADVISORY) && !coaching.equals("hands-on")) {
			throw new BadInputException(f.where("coaching"), "'" + coaching + "' is not accepted; expected advisory "
					+ "(the team ran the iteration, the coach only advised) or hands-on");
		}
		return supersede(f,
				new Iteration(eventId(f, defaultId), f.required("team", "Recipe feed squad"),
						f.required("feature", "Personalised recipe feed"), coaching, past(f, "date", true),
						f.text("supersedes")));
	}

	private Measurement measurement(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "indicator", "measures", "month", "baseline", "value", "higherIsBetter", "date");
		Double month = f.number("month", true);
		if (month != Math.rint(month) || month < 1 || month > 60) {
			throw new BadInputException(f.where("month"),
					"expected the review's month from the start, 1 to 60 (6, 12)");
		}
		if (!f.has("higherIsBetter")) {
			throw new BadInputException(f.where("higherIsBetter"), "missing; true if a higher value is better");
		}
		return supersede(f,
				new Measurement(eventId(f, defaultId), f.required("indicator", "marketing-attributed revenue"),
						f.oneOf("measures", Set.of("kpi", "capability"), true), month.intValue(),
						f.number("baseline", true), f.number("value", true), f.bool("higherIsBetter", true),
						past(f, "date", true), f.text("supersedes")));
	}

	private Incident incident(JsonNode node, String path, String defaultId) {
		Fields f = fields(node, path, "incident", "severity", "date", "description");
		return supersede(f,
				new Incident(eventId(f, defaultId),
						f.oneOf("incident", Set.of("compliance", "model-failure", "other"), true),
						f.oneOf("severity", Set.of("major", "minor"), true), past(f, "date", true),
						f.text("description"), f.text("supersedes")));
	}

	private Fields fields(JsonNode node, String path, String... own) {
		List<String> allowed = new java.util.ArrayList<>(COMMON);
		allowed.addAll(List.of(own));
		return new Fields(node, path, allowed);
	}

	private String newId(Fields f) {
		String id = f.required("id", "maria-keller");
		if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
			throw new BadInputException(f.where("id"),
					"'" + id + "' is not an id; use letters, digits, '.', '_' or '-'");
		}
		if (records.find(id).isPresent()) {
			throw new BadInputException(f.where("id"), "'" + id + "' is already recorded on this engagement");
		}
		return id;
	}

	private String eventId(Fields f, String defaultId) {
		return f.has("id") ? newId(f) : defaultId;
	}

	private String person(Fields f, String field) {
		String id = f.required(field, "the id of a person on the engagement");
		if (records.person(id).isEmpty()) {
			throw new BadInputException(f.where(field),
					"unknown person: '" + id + "' is not on the engagement; people: "
							+ String.join(", ", records.people().stream().map(Person::id).toList()));
		}
		return id;
	}

	private List<String> people(Fields f, String field) {
		List<String> ids = f.texts(field);
		for (int i = 0; i < ids.size(); i++) {
			if (records.person(ids.get(i)).isEmpty()) {
				throw new BadInputException(f.where(field) + "[" + i + "]",
						"unknown person: '" + ids.get(i) + "' is not on the engagement");
			}
		}
		return ids;
	}

	private String artefact(Fields f, String field, boolean required) {
		String id = required ? f.required(field, "the id of an artefact on the engagement") : f.text(field);
		if (id != null && records.artefact(id).isEmpty()) {
			throw new BadInputException(f.where(field),
					"unknown artefact: '" + id + "' is not on the engagement; artefacts: "
							+ String.join(", ", records.artefacts().stream().map(Artefact::id).toList()));
		}
		return id;
	}

	private LocalDate past(Fields f, String field, boolean required) {
		LocalDate date = f.date(field, required);
		if (date != null && date.isAfter(recordedOn)) {
			throw new BadInputException(f.where(field), date + " is in the future: it is after the recording date "
					+ recordedOn + "; record what has happened");
		}
		return date;
	}

	private <T extends EngagementEvent> T supersede(Fields f, T event) {
		String target = event.supersedes();
		if (target == null) {
			return event;
		}
		Optional<EngagementEvent> earlier = records.events().stream().filter(e -> e.id().equals(target)).findFirst();
		if (earlier.isEmpty() || !earlier.get().kind().equals(event.kind())) {
			throw new BadInputException(f.where("supersedes"),
					"'" + target + "' is not an earlier " + event.kind() + " event of this engagement");
		}
		if (records.current().stream().noneMatch(e -> e.id().equals(target))) {
			throw new BadInputException(f.where("supersedes"),
					"'" + target + "' is already superseded; supersede its correction");
		}
		return event;
	}

}
