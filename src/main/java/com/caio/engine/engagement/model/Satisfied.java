package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A criterion met, on the day its last piece of evidence came in, with the ids of the
 * records behind it. When several sets of records meet it, the earliest counts.
 */
public record Satisfied(String criterionId, LocalDate on, List<String> evidence) {

	public Satisfied {
		evidence = List.copyOf(evidence);
	}

	/**
	 * Met by these records (people, artefacts, events, approvals, content, lists of them,
	 * or plain dates): on the latest of their dates.
	 */
	public static Satisfied of(String criterionId, Object... evidence) {
		Set<String> ids = new LinkedHashSet<>();
		LocalDate on = null;
		for (Object item : flatten(evidence)) {
			LocalDate day = dateOf(item);
			if (day != null && (on == null || day.isAfter(on))) {
				on = day;
			}
			String id = idOf(item);
			if (id != null) {
				ids.add(id);
			}
		}
		if (on == null) {
			throw new IllegalArgumentException(criterionId + ": no dated evidence");
		}
		return new Satisfied(criterionId, on, new ArrayList<>(ids));
	}

	/** How many different people gave these approvals. */
	public static int people(Collection<?> approvals) {
		return firstByPerson(approvals).size();
	}

	/**
	 * The first {@code n} approvals by different people, in date order (the day the n-th
	 * person approved is the day the criterion is met).
	 */
	public static List<Approval> first(Collection<?> approvals, int n) {
		List<Approval> firsts = firstByPerson(approvals);
		return firsts.subList(0, Math.min(n, firsts.size()));
	}

	private static List<Approval> firstByPerson(Collection<?> approvals) {
		Map<String, Approval> first = new LinkedHashMap<>();
		approvals.stream()
			.map(Approval.class::cast)
			.sorted(Comparator.comparing(Approval::date).thenComparing(Approval::signOffId))
			.forEach(a -> first.putIfAbsent(a.person().id(), a));
		return new ArrayList<>(first.values());
	}

	/** The record with the latest date of a list (the latest review, say). */
	public static Object latest(Collection<?> records) {
		return records.stream().max(Comparator.comparing(Satisfied::dateOf)).orElseThrow();
	}

	/** The {@code n} earliest records of a list. */
	public static List<Object> earliest(Collection<?> records, int n) {
		return records.stream()
			.sorted(Comparator.comparing(Satisfied::dateOf))
			.limit(n)
			.map(Object.class::cast)
			.toList();
	}

	/** How many different modules these trainings delivered. */
	public static int modules(Collection<?> trainings) {
		return firstByModule(trainings).size();
	}

	/** The first delivery of each of the first {@code n} modules, in date order. */
	public static List<Training> firstModules(Collection<?> trainings, int n) {
		List<Training> firsts = firstByModule(trainings);
		return firsts.subList(0, Math.min(n, firsts.size()));
	}

	private static List<Training> firstByModule(Collection<?> trainings) {
		Map<String, Training> first = new LinkedHashMap<>();
		trainings.stream()
			.map(Training.class::cast)
			.sorted(Comparator.comparing(Training::date).thenComparing(Training::id))
			.forEach(t -> first.putIfAbsent(Roles.normalise(t.module()), t));
		return new ArrayList<>(first.values());
	}

	private static List<Object> flatten(Object[] items) {
		List<Object> flat = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof Collection<?> c) {
				flat.addAll(flatten(c.toArray()));
			}
			else if (item != null) {
				flat.add(item);
			}
		}
		return flat;
	}

	private static LocalDate dateOf(Object item) {
		if (item instanceof LocalDate d) {
			return d;
		}
		if (item instanceof Approval a) {
			return a.date();
		}
		if (item instanceof ExecutiveAcceptance e) {
			return e.deliverable().acceptedOn();
		}
		if (item instanceof Access a && a.granted()) {
			return a.grantedOn();
		}
		if (item instanceof EngagementRecord r) {
			return r.date();
		}
		return null;
	}

	private static String idOf(Object item) {
		if (item instanceof Approval a) {
			return a.signOffId();
		}
		if (item instanceof ExecutiveAcceptance e) {
			return e.deliverable().id();
		}
		if (item instanceof EngagementRecord r) {
			return r.id();
		}
		if (item instanceof ArtefactContent c) {
			return c.artefact().id();
		}
		return null;
	}

}
