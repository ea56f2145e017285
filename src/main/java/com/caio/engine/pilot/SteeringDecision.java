package com.caio.engine.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.caio.engine.rules.Finding;

/**
 * A recorded steering committee decision; {@code late} when the rules flagged it as
 * recorded more than 14 days after the pilot's close.
 */
public record SteeringDecision(long pilotId, String decision, LocalDate decidedOn, List<String> decidedBy,
		LocalDate closedOn, long daysAfterClose, boolean late, String recommendation, List<Finding> findings,
		Instant recordedAt, String ruleSetVersion) {

	public static final String LATE_RULE = "PIL-STE-001";

}
