package com.caio.engine.maturity;

/** Derived by rule: the mean of a segment's dimension scores. */
public record OverallScore(String segment, double score, long dimensions) implements Scored {

	public static final String SUBJECT = "overall";

	@Override
	public String subject() {
		return SUBJECT;
	}
}
