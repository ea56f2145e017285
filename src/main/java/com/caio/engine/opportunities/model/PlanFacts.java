package com.caio.engine.opportunities.model;

/** What the MVP plan holds, for the rules that check it is complete. */
public record PlanFacts(String name, int coachingEntries, int acceptanceCriteria, boolean hasProposalHours) {
}
