package com.caio.engine.maturity;

import java.util.List;

import com.caio.engine.rules.Finding;

/**
 * The scored maturity assessment as delivered: overall and per-dimension scores and
 * levels, the same broken down by department and role, the findings of the rules, and
 * every rejected row.
 */
public record MaturityReport(String format, long rows, long respondents, long rejectedCount,
		List<RejectedRow> rejectedRows, List<String> notes, Level overall, List<DimensionResult> dimensions,
		List<SegmentResult> segments, List<MaturityFinding> findings) {

	/** A score with the level it earned; all null when nobody answered. */
	public record Level(Double score, Integer level, String levelName, List<String> rules) {
	}

	public record DimensionResult(String dimension, String name, Double score, Integer level, String levelName,
			long answered, List<String> rules, List<QuestionResult> questions) {
	}

	/** A question's result; {@code mean} is after reverse scoring. */
	public record QuestionResult(String questionId, String text, Double mean, long answered, long notApplicable,
			Double sd, String reference) {
	}

	/**
	 * A rule's finding in the report's terms: the dimension it concerns and the questions
	 * behind it.
	 */
	public record MaturityFinding(String ruleId, String severity, String segment, String dimension, String message,
			List<String> questionIds) {

		static MaturityFinding of(Finding f) {
			return new MaturityFinding(f.ruleId(), f.severity().label(), f.segment(), f.subject(), f.message(),
					f.evidence().stream().sorted().toList());
		}
	}

	public record SegmentResult(String segment, String kind, String name, long respondents, Level overall,
			List<DimensionResult> dimensions) {
	}

}
