package com.caio.engine.maturity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;

/**
 * Turns a survey tally into facts, lets the maturity rules derive scores, levels and
 * findings, and assembles the report from what they derived.
 */
final class MaturityScorer {

	static final String RULES_FOLDER = "maturity";

	MaturityReport score(RuleSet rules, SurveyTally tally) {
		QuestionCatalogue catalogue = tally.catalogue();
		Derived derived = Derived.collect(rules.evaluate(RULES_FOLDER, facts(tally)));
		List<MaturityReport.SegmentResult> segments = new ArrayList<>();
		List<SegmentTally> ordered = new ArrayList<>(tally.segments());
		ordered.sort(Comparator.comparing(SegmentTally::kind).thenComparing(SegmentTally::name));
		for (SegmentTally segment : ordered) {
			if (segment != tally.all()) {
				segments.add(new MaturityReport.SegmentResult(segment.key(), segment.kind(), segment.name(),
						segment.respondents(), derived.overall(segment.key()),
						dimensions(derived, catalogue, segment, false)));
			}
		}
		SegmentTally all = tally.all();
		return new MaturityReport(tally.format(), tally.rows(), all.respondents(), tally.rejectedCount(),
				List.copyOf(tally.rejected()), List.copyOf(tally.notes()), derived.overall(all.key()),
				dimensions(derived, catalogue, all, true), segments,
				derived.findings().stream().map(MaturityReport.MaturityFinding::of).toList());
	}

	private static List<Object> facts(SurveyTally tally) {
		List<Object> facts = new ArrayList<>();
		QuestionCatalogue catalogue = tally.catalogue();
		for (SegmentTally segment : tally.segments()) {
			facts.add(new Segment(segment.key(), segment.kind(), segment.name(), segment.respondents()));
			for (Dimension dimension : Dimension.values()) {
				List<String> questions = catalogue.questions()
					.stream()
					.filter(q -> q.dimension() == dimension)
					.map(Question::id)
					.toList();
				facts.add(new DimensionCoverage(segment.key(), dimension.id(), segment.dimensionRespondents(dimension),
						questions));
			}
			for (int q = 0; q < catalogue.size(); q++) {
				if (segment.answered(q) > 0) {
					Question question = catalogue.get(q);
					facts.add(new QuestionScore(segment.key(), question.id(), question.dimension().id(),
							question.weight(), segment.answered(q), segment.notApplicable(q), segment.mean(q),
							segment.sd(q)));
				}
			}
		}
		return facts;
	}

	private static List<MaturityReport.DimensionResult> dimensions(Derived derived, QuestionCatalogue catalogue,
			SegmentTally segment, boolean withQuestions) {
		List<MaturityReport.DimensionResult> result = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			DimensionScore score = derived.dimensionScores.get(segment.key() + "|" + dimension.id());
			MaturityLevel level = derived.levels.get(segment.key() + "|" + dimension.id());
			List<MaturityReport.QuestionResult> questions = new ArrayList<>();
			for (int q = 0; withQuestions && q < catalogue.size(); q++) {
				Question question = catalogue.get(q);
				if (question.dimension() == dimension) {
					boolean any = segment.answered(q) > 0;
					questions.add(new MaturityReport.QuestionResult(question.id(), question.text(),
							any ? segment.mean(q) : null, segment.answered(q), segment.notApplicable(q),
							any ? segment.sd(q) : null, question.reference()));
				}
			}
			result.add(new MaturityReport.DimensionResult(dimension.id(), dimension.label(),
					score == null ? null : score.score(), level == null ? null : level.level(),
					level == null ? null : level.name(), segment.dimensionRespondents(dimension),
					level == null ? List.of() : level.rules(), questions));
		}
		return result;
	}

	/** What the rules derived, indexed by "segment|subject". */
	private record Derived(Map<String, DimensionScore> dimensionScores, Map<String, OverallScore> overallScores,
			Map<String, MaturityLevel> levels, List<Finding> findings) {

		static Derived collect(Conclusions conclusions) {
			Map<String, DimensionScore> dimensions = new HashMap<>();
			Map<String, OverallScore> overall = new HashMap<>();
			Map<String, MaturityLevel> levels = new HashMap<>();
			conclusions.all(DimensionScore.class).forEach(d -> dimensions.put(d.segment() + "|" + d.dimension(), d));
			conclusions.all(OverallScore.class).forEach(o -> overall.put(o.segment() + "|" + OverallScore.SUBJECT, o));
			// the lowest level wins; between equal levels the first by rules, so the
			// choice is total
			conclusions.all(MaturityLevel.class)
				.forEach(l -> levels.merge(l.segment() + "|" + l.subject(), l, Derived::lower));
			return new Derived(dimensions, overall, levels, conclusions.findings());
		}

		private static MaturityLevel lower(MaturityLevel a, MaturityLevel b) {
			if (a.level() != b.level()) {
				return a.level() < b.level() ? a : b;
			}
			return String.valueOf(a.rules()).compareTo(String.valueOf(b.rules())) <= 0 ? a : b;
		}

		MaturityReport.Level overall(String segment) {
			OverallScore score = overallScores.get(segment + "|" + OverallScore.SUBJECT);
			MaturityLevel level = levels.get(segment + "|" + OverallScore.SUBJECT);
			return new MaturityReport.Level(score == null ? null : score.score(), level == null ? null : level.level(),
					level == null ? null : level.name(), level == null ? List.of() : level.rules());
		}

	}

}
