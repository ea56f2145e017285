package com.caio.engine.maturity;

/**
 * Anything that carries a score a level band applies to: a dimension or the overall
 * score.
 */
public interface Scored {

	String segment();

	/** The dimension id, or "overall". */
	String subject();

	double score();

}
