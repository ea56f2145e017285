package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Something the engagement produced: a stored run of a capability ({@code runKind} and
 * {@code runId}), or a document by name. Documents of capabilities the engine does not
 * have yet say what they cover and carry their key figures, as those capabilities will
 * record them.
 *
 * @param kind what it is, e.g. {@code businesscase}, {@code proposal},
 * {@code onboarding-plan}
 * @param date when it was produced
 * @param covers the topics the document covers, e.g. {@code scope}, {@code slas}
 * @param figures named key figures, e.g. {@code costSavingPercent: 58}
 */
public record Artefact(String id, String kind, String name, String runKind, Long runId, String document, LocalDate date,
		List<String> covers, Map<String, Double> figures) implements EngagementRecord {

	public Artefact {
		covers = List.copyOf(covers);
		figures = Map.copyOf(figures);
	}

	public boolean isRun() {
		return runId != null;
	}

	/** Whether it covers every topic of a comma-separated list, e.g. "scope, hours". */
	public boolean coversAll(String topics) {
		return missing(topics).isEmpty();
	}

	/** The topics of a comma-separated list it does not cover. */
	public List<String> missing(String topics) {
		List<String> have = covers.stream().map(Roles::normalise).toList();
		return java.util.Arrays.stream(topics.split(","))
			.map(String::strip)
			.filter(t -> !have.contains(Roles.normalise(t)))
			.toList();
	}

	/**
	 * A figure, or NaN when it was not given. Guard a comparison with
	 * {@link #hasFigures(String)}: Drools compares NaN as Java does only once it has
	 * compiled a constraint, and above every number while it interprets it.
	 */
	public double figure(String figureName) {
		Double value = figures.get(figureName);
		return value == null ? Double.NaN : value;
	}

	/** Whether it carries every figure of a comma-separated list, e.g. "a, b". */
	public boolean hasFigures(String figureNames) {
		return java.util.Arrays.stream(figureNames.split(",")).map(String::strip).allMatch(figures::containsKey);
	}

	@Override
	public LocalDate date() {
		return date;
	}

}
