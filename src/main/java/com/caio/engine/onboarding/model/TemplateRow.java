package com.caio.engine.onboarding.model;

import java.util.List;

/**
 * A row of the practice's plan template ({@code rules/onboarding/plan-template.csv}): a
 * milestone in a week, its kind, the primary deliverable it serves (1 to 3, or 0) and the
 * roles responsible, accountable, consulted and informed (RACI).
 */
public record TemplateRow(long line, int week, String milestone, Kind kind, int deliverable, List<String> accountable,
		List<String> responsible, List<String> consulted, List<String> informed) {

	public TemplateRow {
		accountable = List.copyOf(accountable);
		responsible = List.copyOf(responsible);
		consulted = List.copyOf(consulted);
		informed = List.copyOf(informed);
	}

	/** What a milestone is; the story's deadlines are set per kind. */
	public enum Kind {

		INTRODUCTIONS, ACCESS, STEERING, REVIEW, DELIVERABLE;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
