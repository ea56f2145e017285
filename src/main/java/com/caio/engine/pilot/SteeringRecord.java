package com.caio.engine.pilot;

import java.time.LocalDate;

/**
 * The fact of a steering committee decision: what was decided, when, and how long after
 * the pilot's close.
 *
 * @param recommendation the engine's recommendation from the evaluation, or null if not
 * evaluated
 */
public record SteeringRecord(String decision, LocalDate decidedOn, LocalDate closedOn, long daysAfterClose,
		String recommendation) {
}
