package com.caio.engine.maturity;

/**
 * Derived by rule: the weight-weighted mean of a dimension's question means, for a
 * segment.
 */
public record DimensionScore(String segment, String dimension, double score, long answered) implements Scored {

	@Override
	public String subject() {
		return dimension;
	}
}
