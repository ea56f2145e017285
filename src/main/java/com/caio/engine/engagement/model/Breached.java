package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A criterion that can no longer be met, whatever is recorded later (a major incident).
 */
public record Breached(String criterionId, LocalDate on, List<String> evidence, String reason) {

	public Breached {
		evidence = List.copyOf(evidence);
	}

}
