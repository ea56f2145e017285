package com.caio.engine.pilot;

import java.time.LocalDate;
import java.util.List;

/**
 * What a post-pilot evaluation is given: the plan (optional over REST, where the pilot's
 * stored plan is used), the arms' aggregates (absent when they come from a per-unit CSV),
 * the date the pilot closed, and the risks the analyst learned.
 */
public record EvaluationInput(PlanInput plan, ArmInput control, ArmInput treatment, LocalDate closedOn,
		List<String> learnedRisks) {

	List<String> risks() {
		return learnedRisks == null ? List.of()
				: learnedRisks.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
	}
}
