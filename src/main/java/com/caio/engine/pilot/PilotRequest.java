package com.caio.engine.pilot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A pilot to plan (and, over REST, to create): the plan and its data-readiness checklist.
 * The close date and learned risks a {@code pilot evaluate --plan} file may carry are
 * allowed too, so one plan file serves both commands; planning does not use them.
 */
@JsonIgnoreProperties({ "closedOn", "learnedRisks" })
public record PilotRequest(PlanInput plan, ReadinessInput readiness) {
}
