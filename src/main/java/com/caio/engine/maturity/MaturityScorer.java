package com.caio.engine.maturity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import org.kie.api.runtime.KieSession;

/**
 * Turns a survey tally into facts, lets the maturity rules derive scores, levels and
 * findings, and assembles the report from what they derived.
 */
final class MaturityScorer {

	static final String RULES_FOLDER = "maturity";

	/**
	 * A rule set that keeps firing past this is looping; the scoring is refused rather
	 * than hung.
	 */
	private static final int MAX_FIRINGS = 1_000_000;

	MaturityReport score(RuleSet rules, SurveyTally tally, String fileName, String sha256) {
		QuestionCatalogue catalogue = tally.catalogue();
		KieSession session = rules.newSession(RULES_FOLDER);
		try {
			insertFacts(session, tally);
			int fired = session.fireAllRules(MAX_FIRINGS);
			if (fired >= MAX_FIRINGS) {
				throw new RulesUnavailableException("the maturity rules did not settle after " + MAX_FIRINGS
						+ " firings; a rule probably re-triggers itself", List.of());
			}
			Derived derived = Derived.collect(session);
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
			return new MaturityReport(null, Instant.now(), rules.version(), fileName, sha256, tally.format(),
					tally.rows(), all.respondents(), tally.rejectedCount(), List.copyOf(tally.rejected()),
					List.copyOf(tally.notes()), derived.overall(all.key()), dimensions(derived, catalogue, all, true),
					segments, derived.findings().stream().map(MaturityReport.MaturityFinding::of).toList());
		}
		finally {
			session.dispose();
		}
	}

	private static void insertFacts(KieSession session, SurveyTally tally) {
		QuestionCatalogue catalogue = tally.catalogue();
		for (SegmentTally segment : tally.segments()) {
			session.insert(new Segment(segment.key(), segment.kind(), segment.name(), segment.respondents()));
			for (Dimension dimension : Dimension.values()) {
				List<String> questions = catalogue.questions()
					.stream()
					.filter(q -> q.dimension() == dimension)
					.map(Question::id)
					.toList();
				session.insert(new DimensionCoverage(segment.key(), dimension.id(),
						segment.dimensionRespondents(dimension), questions));
			}
			for (int q = 0; q < catalogue.size(); q++) {
				if (segment.answered(q) > 0) {
					Question question = catalogue.get(q);
					session.insert(new QuestionScore(segment.key(), question.id(), question.dimension().id(),
							question.weight(), segment.answered(q), segment.notApplicable(q), segment.mean(q),
							segment.sd(q)));
				}
			}
		}
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

		static Derived collect(KieSession session) {
			Map<String, DimensionScore> dimensions = new HashMap<>();
			Map<String, OverallScore> overall = new HashMap<>();
			Map<String, MaturityLevel> levels = new HashMap<>();
			List<Finding> findings = new ArrayList<>();
			for (Object fact : session.getObjects()) {
				if (fact instanceof DimensionScore d) {
					dimensions.put(d.segment() + "|" + d.dimension(), d);
				}
				else if (fact instanceof OverallScore o) {
					overall.put(o.segment() + "|" + OverallScore.SUBJECT, o);
				}
				else if (fact instanceof MaturityLevel l) {
					levels.merge(l.segment() + "|" + l.subject(), l, (a, b) -> a.level() <= b.level() ? a : b);
				}
				else if (fact instanceof Finding f) {
					findings.add(f);
				}
			}
			findings.sort(Comparator.comparingInt(Derived::severityRank)
				.thenComparing(Finding::ruleId)
				.thenComparing(Finding::segment)
				.thenComparing(Finding::subject));
			return new Derived(dimensions, overall, levels, List.copyOf(findings));
		}

		MaturityReport.Level overall(String segment) {
			OverallScore score = overallScores.get(segment + "|" + OverallScore.SUBJECT);
			MaturityLevel level = levels.get(segment + "|" + OverallScore.SUBJECT);
			return new MaturityReport.Level(score == null ? null : score.score(), level == null ? null : level.level(),
					level == null ? null : level.name(), level == null ? List.of() : level.rules());
		}

		private static int severityRank(Finding f) {
			return switch (f.severity()) {
				case Finding.CRITICAL -> 0;
				case Finding.WARNING -> 1;
				default -> 2;
			};
		}
	}

}
