package com.caio.engine.engagement.model;

import java.time.LocalDate;

/**
 * A stored pilot as the acceptance rules see it: its plan, its readiness and, once
 * evaluated, its post-pilot report.
 *
 * @param evaluated whether a post-pilot evaluation is stored
 * @param recommendation SCALE, STOP, EXTEND or INVESTIGATE; null before the evaluation
 */
public record PilotContent(Artefact artefact, boolean hypothesis, boolean targetKpi, long sampleSize, int timeframeDays,
		boolean readyToStart, boolean evaluated, boolean kpiDelta, boolean confidence, int learnedRisks,
		String recommendation, LocalDate closedOn) implements ArtefactContent {

	public boolean recommendsScaleOrStop() {
		return "SCALE".equals(recommendation) || "STOP".equals(recommendation);
	}

}
