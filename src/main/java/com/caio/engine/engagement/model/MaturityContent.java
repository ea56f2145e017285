package com.caio.engine.engagement.model;

import java.util.List;

/**
 * A stored maturity assessment as the acceptance rules see it.
 *
 * @param scoredDimensions the dimensions with a score, e.g. governance, data_readiness
 * @param level the overall maturity level, null if none was scored
 */
public record MaturityContent(Artefact artefact, List<String> scoredDimensions,
		Integer level) implements ArtefactContent {

	public MaturityContent {
		scoredDimensions = List.copyOf(scoredDimensions);
	}

	/** Whether every dimension of a comma-separated list has a score. */
	public boolean covers(String dimensions) {
		return java.util.Arrays.stream(dimensions.split(",")).map(String::strip).allMatch(scoredDimensions::contains);
	}

}
