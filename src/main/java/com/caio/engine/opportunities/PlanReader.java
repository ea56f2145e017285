package com.caio.engine.opportunities;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.caio.engine.opportunities.model.Coaching;
import com.caio.engine.opportunities.model.Estimate;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.opportunities.model.Person;
import com.caio.engine.opportunities.model.Task;
import com.caio.engine.common.BadInputException;
import com.caio.engine.input.InputFields;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an MVP plan (YAML or JSON), refusing unknown fields, estimates out of order,
 * unknown people and tasks and dependency cycles, each with its field path.
 */
public final class PlanReader {

	static final int MAX_DRAWS = 1_000_000;

	private final ObjectMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/**
	 * @param defaultDraws the policy's number of draws when the plan names none
	 */
	public MvpPlan read(InputStream in, int defaultDraws) {
		PlanInput input;
		try {
			input = yaml.readValue(in, PlanInput.class);
		}
		catch (JacksonException ex) {
			throw refusal(ex);
		}
		if (input == null) {
			throw new BadInputException("(plan)", "the file is empty");
		}
		return validate(input, defaultDraws);
	}

	static MvpPlan validate(PlanInput in, int defaultDraws) {
		if (in.pilotStart() == null) {
			throw new BadInputException("pilotStart", "missing; the agreed pilot start date, such as 2027-02-01");
		}
		List<Person> people = people(in.people());
		Set<String> names = new java.util.HashSet<>(people.stream().map(Person::name).toList());
		List<Task> tasks = tasks(in.tasks(), names);
		TaskGraph.of(tasks);
		String distribution = in.distribution() == null ? "pert" : in.distribution().toLowerCase(Locale.ROOT);
		try {
			Sampler.of(distribution);
		}
		catch (IllegalArgumentException ex) {
			throw new BadInputException("distribution",
					"'" + in.distribution() + "' is not a distribution; accepted: pert, triangular");
		}
		int draws = in.draws() == null ? defaultDraws : in.draws();
		if (draws < 100 || draws > MAX_DRAWS) {
			throw new BadInputException("draws", draws + " is out of range; accepted: 100 to " + MAX_DRAWS);
		}
		if (in.proposalHoursPerWeek() != null && in.proposalHoursPerWeek() <= 0) {
			throw new BadInputException("proposalHoursPerWeek", "must be above 0, got " + in.proposalHoursPerWeek());
		}
		return new MvpPlan(text(in.plan(), "MVP plan"), text(in.opportunity(), ""), in.pilotStart(), distribution,
				draws, in.seed() == null ? 20_270_101L : in.seed(), in.proposalHoursPerWeek(), people, tasks,
				coaching(in.coaching(), names), list(in.acceptanceCriteria()));
	}

	private static List<Person> people(List<PlanInput.PersonInput> input) {
		List<Person> people = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < list(input).size(); i++) {
			PlanInput.PersonInput p = input.get(i);
			String at = "people[" + i + "]";
			String name = required(p.name(), at + ".name");
			if (!seen.add(name)) {
				throw new BadInputException(at + ".name", "'" + name + "' is listed twice");
			}
			String kind = p.kind() == null ? Person.INTERNAL : p.kind().toLowerCase(Locale.ROOT);
			if (kind.equals(Person.INTERNAL)) {
				double fte = p.fte() == null ? 1 : p.fte();
				if (fte <= 0 || fte > 1) {
					throw new BadInputException(at + ".fte",
							"the share of a full-time week must be above 0 and at most 1, got " + fte);
				}
				people.add(new Person(name, text(p.role(), ""), kind, fte, 0));
			}
			else if (kind.equals(Person.FRACTIONAL)) {
				if (p.hoursPerWeek() == null || p.hoursPerWeek() <= 0) {
					throw new BadInputException(at + ".hoursPerWeek",
							"a fractional person needs hours per week above 0");
				}
				people.add(new Person(name, text(p.role(), ""), kind, 0, p.hoursPerWeek()));
			}
			else {
				throw new BadInputException(at + ".kind",
						"'" + p.kind() + "' is not a kind; accepted: internal, fractional");
			}
		}
		return people;
	}

	private static List<Task> tasks(List<PlanInput.TaskInput> input, Set<String> people) {
		if (list(input).isEmpty()) {
			throw new BadInputException("tasks", "the plan has no tasks");
		}
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < input.size(); i++) {
			PlanInput.TaskInput t = input.get(i);
			String at = "tasks[" + i + "]";
			Map<String, Double> responsible = new LinkedHashMap<>(t.responsible() == null ? Map.of() : t.responsible());
			responsible.forEach((person, hours) -> {
				known(people, person, at + ".responsible." + person);
				if (hours == null || hours < 0) {
					throw new BadInputException(at + ".responsible." + person,
							"hours per week must be 0 or more, got " + hours);
				}
			});
			for (int a = 0; a < list(t.accountable()).size(); a++) {
				known(people, t.accountable().get(a), at + ".accountable[" + a + "]");
			}
			tasks.add(new Task(required(t.id(), at + ".id"), text(t.name(), t.id()),
					estimate(t.internal(), at + ".internal"), estimate(t.assisted(), at + ".assisted"),
					list(t.dependsOn()), responsible, list(t.accountable()), list(t.consulted()), list(t.informed())));
		}
		return tasks;
	}

	private static Estimate estimate(PlanInput.EstimateInput e, String at) {
		if (e == null || e.optimistic() == null || e.likely() == null || e.pessimistic() == null) {
			throw new BadInputException(at, "needs optimistic, likely and pessimistic working days");
		}
		if (e.optimistic() < 0) {
			throw new BadInputException(at + ".optimistic", "must be 0 or more working days, got " + e.optimistic());
		}
		if (e.optimistic() > e.pessimistic()) {
			throw new BadInputException(at + ".optimistic",
					"optimistic " + Numbers.plain(e.optimistic()) + " is above pessimistic "
							+ Numbers.plain(e.pessimistic())
							+ "; accepted: optimistic <= likely <= pessimistic, in working days");
		}
		if (e.likely() < e.optimistic() || e.likely() > e.pessimistic()) {
			throw new BadInputException(at + ".likely",
					"likely " + Numbers.plain(e.likely()) + " is outside " + Numbers.plain(e.optimistic()) + "-"
							+ Numbers.plain(e.pessimistic()) + "; accepted: optimistic <= likely <= pessimistic");
		}
		return new Estimate(e.optimistic(), e.likely(), e.pessimistic());
	}

	private static List<Coaching> coaching(List<PlanInput.CoachingInput> input, Set<String> people) {
		List<Coaching> out = new ArrayList<>();
		for (int i = 0; i < list(input).size(); i++) {
			PlanInput.CoachingInput c = input.get(i);
			String at = "coaching[" + i + "]";
			known(people, required(c.person(), at + ".person"), at + ".person");
			int sessions = c.sessions() == null ? 0 : c.sessions();
			double hours = c.hoursPerSession() == null ? 1 : c.hoursPerSession();
			double pairing = c.pairingShare() == null ? 0 : c.pairingShare();
			if (sessions < 0 || hours < 0) {
				throw new BadInputException(at, "sessions and hoursPerSession must be 0 or more");
			}
			if (pairing < 0 || pairing > 1) {
				throw new BadInputException(at + ".pairingShare", "a share from 0 to 1 (0.3 = 30%), got " + pairing);
			}
			out.add(new Coaching(c.person(), list(c.skills()), sessions, hours, pairing, c.outcome(), c.measure(),
					c.baseline(), c.target()));
		}
		return out;
	}

	private static void known(Set<String> people, String person, String at) {
		if (!people.contains(person)) {
			throw new BadInputException(at, "'" + person + "' is not one of the plan's people: "
					+ String.join(", ", people.stream().sorted().toList()));
		}
	}

	private static String required(String value, String at) {
		if (value == null || value.isBlank()) {
			throw new BadInputException(at, "missing");
		}
		return value.strip();
	}

	private static String text(String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value.strip();
	}

	private static <T> List<T> list(List<T> value) {
		return value == null ? List.of() : value;
	}

	private static BadInputException refusal(JacksonException ex) {
		String path = InputFields.path(ex, "");
		String message = ex.getOriginalMessage();
		if (message != null && message.contains("Unrecognized property")) {
			message = "unknown field; check its spelling against docs/opportunities.md";
		}
		// no line: records are built once all their fields are read, so Jackson's
		// location is past the field
		return new BadInputException(path.isEmpty() ? "(plan)" : path, message);
	}

}
