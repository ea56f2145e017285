package com.caio.engine.pilot;

import java.util.List;

/**
 * The post-pilot report: the evaluation (hypothesis, delta, confidence, risks,
 * recommendation), the data-readiness confirmations the pilot started on, and the
 * steering decisions.
 *
 * @param readiness who confirmed data access, KPI tracking and randomisation, and when;
 * null for an evaluation without a stored plan
 * @param steeringDays the policy's window for the steering decision after the close
 */
public record PilotReport(PilotEvaluation evaluation, List<SteeringDecision> steeringDecisions,
		ReadinessInput readiness, int steeringDays) {
}
