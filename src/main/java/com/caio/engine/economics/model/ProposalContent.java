package com.caio.engine.economics.model;

import java.util.List;

/** What the proposal contains, for the completeness rules. */
public record ProposalContent(int scopeItems, double hoursPerMonth, List<String> slaPriorities, int deliverables,
		boolean startDateAgreed, int milestones) {

	public ProposalContent {
		slaPriorities = List.copyOf(slaPriorities);
	}

}
