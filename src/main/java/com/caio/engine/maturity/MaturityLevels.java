package com.caio.engine.maturity;

import java.util.List;
import java.util.Optional;

/**
 * What other capabilities may know of a stored maturity assessment: the level each
 * dimension reached. The risk register reads it to derive risks from weak dimensions.
 */
public interface MaturityLevels {

	/** A scored dimension of the whole organisation. */
	record DimensionLevel(String dimension, String name, double score, int level) {
	}

	/** The scored dimensions of assessment {@code id}, or empty when none is stored. */
	Optional<List<DimensionLevel>> dimensions(long id);

}
