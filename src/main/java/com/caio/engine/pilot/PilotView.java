package com.caio.engine.pilot;

import java.util.List;

import com.caio.engine.storage.Run;

/**
 * A pilot as stored: its plan (the run that created it), its latest evaluation (or null)
 * and its steering decisions, oldest first.
 */
public record PilotView(long id, Run<PlannedPilot> planned, PilotEvaluation evaluation,
		List<SteeringDecision> steeringDecisions) {
}
