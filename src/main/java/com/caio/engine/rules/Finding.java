package com.caio.engine.rules;

import java.util.List;

import org.kie.api.definition.rule.Rule;

/**
 * Something a rule concluded that a person should read, naming the rule and the evidence
 * behind it. Shared by every capability; a rule inserts it, the service collects it.
 *
 * @param subject what the finding is about (a dimension, a risk id, a scenario)
 * @param evidence ids of the inputs behind it (question ids, risk ids, assumption names)
 */
public record Finding(String ruleId, String severity, String segment, String subject, String message,
		List<String> evidence) {

	public static final String CRITICAL = "critical";

	public static final String WARNING = "warning";

	public static final String INFO = "info";

	public Finding {
		evidence = List.copyOf(evidence);
	}

	/**
	 * Builds a finding whose id comes from the rule's {@code @id} metadata (else its
	 * name).
	 */
	public static Finding of(Rule rule, String severity, String segment, String subject, String message,
			List<String> evidence) {
		return new Finding(ruleId(rule), severity, segment, subject, message, evidence);
	}

	public static String ruleId(Rule rule) {
		Object id = rule.getMetaData().get("id");
		return id != null ? id.toString() : rule.getName();
	}
}
