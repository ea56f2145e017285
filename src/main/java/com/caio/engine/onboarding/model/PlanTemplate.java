package com.caio.engine.onboarding.model;

import java.util.List;

/** The practice's 90-day plan template, parsed and checked. */
public record PlanTemplate(List<TemplateRow> rows) {

	public PlanTemplate {
		rows = List.copyOf(rows);
	}

}
