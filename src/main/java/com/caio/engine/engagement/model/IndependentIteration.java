package com.caio.engine.engagement.model;

import java.util.List;

/**
 * Derived: a product team ran an AI-feature iteration on its own, after training, with
 * coaching in advisory mode; the records that show it.
 */
public record IndependentIteration(List<Object> evidence) {

	public IndependentIteration {
		evidence = List.copyOf(evidence);
	}

}
