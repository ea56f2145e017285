package com.caio.engine.risk;

/**
 * A dimension of a stored maturity assessment, as the rules deriving risks from it see
 * it.
 */
public record AssessedDimension(long assessmentId, String dimension, String name, double score, int level) {

	/** The evidence a derived risk cites. */
	public String evidence() {
		return String.format(java.util.Locale.ROOT, "maturity assessment #%d: %s at level %d (score %.2f)",
				assessmentId, name, level, score);
	}
}
