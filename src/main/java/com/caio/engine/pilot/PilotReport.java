package com.caio.engine.pilot;

import java.util.List;

/**
 * The post-pilot report: the evaluation (hypothesis, delta, confidence, risks,
 * recommendation) and the steering decisions.
 */
public record PilotReport(PilotEvaluation evaluation, List<SteeringDecision> steeringDecisions) {
}
