package com.caio.engine.opportunities.model;

import java.util.List;

/**
 * What the MVP of a use case holds: what is in and out, the target metric and uplift
 * band, how success is measured and what the Head of Innovation accepts.
 */
public record MvpScope(List<String> in, List<String> out, String targetMetric, double upliftLowPercent,
		double upliftHighPercent, List<String> successCriteria, List<String> acceptanceCriteria) {

	public MvpScope {
		in = List.copyOf(in);
		out = List.copyOf(out);
		successCriteria = List.copyOf(successCriteria);
		acceptanceCriteria = List.copyOf(acceptanceCriteria);
	}

	/** In-scope items and acceptance criteria are both written down. */
	public boolean complete() {
		return !in.isEmpty() && !acceptanceCriteria.isEmpty();
	}

}
