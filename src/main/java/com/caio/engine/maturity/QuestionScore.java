package com.caio.engine.maturity;

/**
 * The answers one segment gave to one question (reverse questions already scored 6 - x).
 * A rule fact.
 *
 * @param answered number of numeric answers (N/A and blanks excluded)
 * @param sd sample standard deviation of the answers
 */
public record QuestionScore(String segment, String questionId, String dimension, double weight, long answered,
		long notApplicable, double mean, double sd) {
}
