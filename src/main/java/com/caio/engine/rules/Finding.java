package com.caio.engine.rules;

import java.util.Comparator;
import java.util.List;

import org.kie.api.definition.rule.Rule;

/**
 * Something a rule concluded that a person should read, naming the rule and the evidence
 * behind it. Shared by every capability; a rule inserts it, {@link Conclusions} collects
 * it in {@link #ORDER}.
 *
 * @param subject what the finding is about (a dimension, a risk id, a scenario)
 * @param evidence ids of the inputs behind it (question ids, risk ids, assumption names)
 */
public record Finding(String ruleId, Severity severity, String segment, String subject, String message,
		List<String> evidence) {

	public static final Severity CRITICAL = Severity.CRITICAL;

	public static final Severity WARNING = Severity.WARNING;

	public static final Severity INFO = Severity.INFO;

	/**
	 * Severity, then rule id, then every other field: a total order, so equal findings
	 * never swap places between two runs.
	 */
	public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
		.thenComparing(Finding::ruleId)
		.thenComparing(Finding::segment, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Finding::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(f -> String.join("\u0000", f.evidence()));

	public Finding {
		evidence = List.copyOf(evidence);
	}

	/**
	 * Builds a finding whose id comes from the rule's {@code @id} metadata (else its
	 * name), so a rule's id is written once.
	 */
	public static Finding of(Rule rule, Severity severity, String segment, String subject, String message,
			List<String> evidence) {
		return new Finding(ruleId(rule), severity, segment, subject, message, evidence);
	}

	public static String ruleId(Rule rule) {
		Object id = rule.getMetaData().get("id");
		return id != null ? id.toString() : rule.getName();
	}

	/**
	 * The finding as a line of a text report, indented, with its rule id after the
	 * sentence as its reference (a reader starts with what it says).
	 */
	public String line() {
		return "  [" + severity + "] " + message + " (" + ruleId + ")\n";
	}

	public boolean critical() {
		return severity == Severity.CRITICAL;
	}

}
