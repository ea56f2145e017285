package com.caio.engine.pilot;

import java.time.LocalDate;
import java.util.List;

/**
 * A steering committee decision as recorded: SCALE, STOP, EXTEND or INVESTIGATE, the
 * date, who decided, and the pilot's close date when neither the plan nor the evaluation
 * carried it.
 */
public record SteeringInput(String decision, LocalDate decidedOn, List<String> decidedBy, LocalDate closedOn) {
}
