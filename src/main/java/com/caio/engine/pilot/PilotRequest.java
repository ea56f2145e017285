package com.caio.engine.pilot;

/**
 * A pilot to plan (and, over REST, to create): the plan and its data-readiness checklist.
 */
public record PilotRequest(PlanInput plan, ReadinessInput readiness) {
}
