package com.caio.engine.engagement.model;

import java.util.List;

/**
 * Derived: a training curriculum, from a stored upskilling run or from a curriculum
 * document; "agreed" is an approval of its artefact.
 *
 * @param months its length (NaN when a document gives none)
 * @param outcomesMeasurable every learning outcome is measurable (a run: every module
 * names a score to reach; a document: it covers learning outcomes)
 * @param failedRules the run's curriculum rules it failed (none for a document)
 */
public record Curriculum(Artefact artefact, double months, boolean outcomesMeasurable, List<String> failedRules) {

	public Curriculum {
		failedRules = List.copyOf(failedRules);
	}

	public boolean passedItsRules() {
		return failedRules.isEmpty();
	}

}
