package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When a criterion is due, from an anchor and a policy length.
 *
 * @param rule the name of the decision-table row that set it
 * @param description the deadline as a client reads it, e.g. "within two weeks of the
 * pilot's close"
 */
public record Deadline(String criterionId, LocalDate due, String anchor, String rule, String description,
		List<String> evidence) {

	public Deadline {
		evidence = List.copyOf(evidence);
	}

}
