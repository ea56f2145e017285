package com.caio.engine.upskilling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.Policies;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.upskilling.UpskillingReport.Baseline;
import com.caio.engine.upskilling.UpskillingReport.Criterion;
import com.caio.engine.upskilling.UpskillingReport.Curriculum;
import com.caio.engine.upskilling.UpskillingReport.ModuleResult;
import com.caio.engine.upskilling.UpskillingReport.PolicyValue;
import com.caio.engine.upskilling.UpskillingReport.Rejected;
import com.caio.engine.upskilling.UpskillingReport.Shift;
import com.caio.engine.upskilling.model.CriticalGap;
import com.caio.engine.upskilling.model.CurriculumPlan;
import com.caio.engine.upskilling.model.DeliveredAndAssessed;
import com.caio.engine.upskilling.model.ModuleFact;
import com.caio.engine.upskilling.model.Programme;
import com.caio.engine.upskilling.model.RejectedLine;
import com.caio.engine.upskilling.model.ShiftOutlook;
import com.caio.engine.upskilling.model.ShiftState;
import com.caio.engine.upskilling.model.SkillGap;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import com.caio.engine.upskilling.model.TeamSkill;

/**
 * Computes the baseline, the modules' statistics and the capability shift, lets
 * {@code rules/upskilling/} judge them, and assembles the report with the story's
 * criteria.
 */
final class UpskillingAssessor {

	static final String RULES_FOLDER = "upskilling";

	static final List<String> CRITERIA = List.of(
			"A baseline skills assessment is completed and a 6–12 month training curriculum is agreed with measurable learning outcomes.",
			"At least three training modules (e.g., AI strategy for PMs, model life-cycle basics for engineers, responsible AI for all teams) are delivered and assessed.",
			"Measurable indicator of capability shift is tracked (e.g., proportion of tasks executed in-house vs externally) and shows target reduction (50%) at 12 months.",
			"Post-training, product teams can independently run at least one iteration cycle on an AI feature with coaching reduced to advisory mode.");

	UpskillingReport assess(RuleSet rules, UpskillingInput input) {
		Policies policies = Policies.of(rules, RULES_FOLDER);
		SkillsCatalogue catalogue = rules.data(SkillsCatalogue.class);
		BaselineScores scores = new BaselineScores(catalogue, input.survey());
		List<SkillGap> gaps = scores.gaps();
		List<TeamSkill> teams = scores.teamSkills();
		ShiftAnalysis shift = new ShiftAnalysis(input.programme(), input.taskLog(),
				(int) policies.value("baseline-months"), (int) policies.value("target-month"),
				policies.value("reduction-target"), (int) policies.value("min-trend-months"));
		List<ModuleResult> modules = ModuleStatistics.of(input, shift);
		List<Object> facts = new ArrayList<>(gaps);
		facts.addAll(teams);
		facts.add(new CurriculumPlan(input.programme().months(), input.programme().modules().size()));
		for (ModuleResult m : modules) {
			facts.add(new ModuleFact(m.id(), m.title(), m.audience(), m.skills(), m.outcomeScore() != null,
					m.audienceSize(), m.assessed(), m.completion(), m.pairs(),
					m.gainLow() == null ? Double.NaN : m.gainLow()));
		}
		ShiftOutlook outlook = shift.outlook();
		if (!input.taskLog().months().isEmpty()) {
			facts.add(outlook);
		}
		Conclusions c = rules.evaluate(RULES_FOLDER, facts);
		Set<String> critical = new HashSet<>();
		c.all(CriticalGap.class).forEach(g -> critical.add(g.skill() + "|" + g.role()));
		Set<String> delivered = new HashSet<>();
		c.all(DeliveredAndAssessed.class).forEach(d -> delivered.add(d.module()));
		List<ModuleResult> judged = modules.stream().map(m -> withDelivered(m, delivered.contains(m.id()))).toList();
		List<ShiftState> states = c.all(ShiftState.class);
		ShiftState state = states.isEmpty() ? null : states.get(0);
		Baseline baseline = new Baseline(input.survey().rows(), input.survey().respondents(),
				BaselineScores.share(gaps), BaselineScores.skills(gaps, critical),
				BaselineScores.areas(gaps, input.survey()), BaselineScores.roles(gaps, input.survey()),
				BaselineScores.teams(teams, input.survey()), input.survey().notes());
		Shift shiftResult = shift(shift, outlook, state);
		List<Finding> findings = c.findings();
		Programme p = input.programme();
		Curriculum curriculum = new Curriculum(p.months(), p.modules().size(),
				(int) p.modules().stream().filter(m -> m.outcomeScore() != null).count());
		return new UpskillingReport(p.name(), p.organisation(), p.start().toString(), curriculum, baseline, judged,
				shiftResult,
				criteria(baseline, findings, delivered.size(), (int) policies.value("min-modules"), shiftResult),
				findings, rejected(input), policy(policies));
	}

	private static Shift shift(ShiftAnalysis s, ShiftOutlook o, ShiftState state) {
		Trend t = s.trend;
		double[] slope = t == null ? null : t.slopeInterval();
		Double projected = t == null ? null : t.at(s.targetMonth);
		Double half = t == null ? null : new org.apache.commons.math3.distribution.TDistribution(null, t.n() - 2)
			.inverseCumulativeProbability(0.975) * t.seAt(s.targetMonth);
		return new Shift(s.baselineMonths, Double.isNaN(s.baseline) ? 0 : s.baseline, s.months, ShiftAnalysis.METHOD,
				t == null ? null : t.slope(), slope == null ? null : slope[0], slope == null ? null : slope[1],
				t == null ? null : t.intercept(), s.trendMonths(), s.targetMonth, s.target, projected,
				projected == null ? null : s.reduction(projected),
				projected == null ? null : s.reduction(projected + half),
				projected == null ? null : s.reduction(projected - half), t == null ? null : s.probability(),
				Double.isNaN(o.latestReduction()) ? null : o.latestReduction(),
				state == null ? "no task log" : state.state(), state == null ? null : state.rule());
	}

	private static List<Criterion> criteria(Baseline baseline, List<Finding> findings, int delivered, int minModules,
			Shift shift) {
		List<String> curriculum = findings.stream()
			.filter(f -> f.ruleId().startsWith("UPS-CUR-"))
			.map(Finding::ruleId)
			.distinct()
			.toList();
		boolean first = baseline.respondents() > 0 && curriculum.isEmpty();
		String firstEvidence = (baseline.respondents() == 1 ? "1 person" : baseline.respondents() + " people")
				+ " assessed; "
				+ (curriculum.isEmpty() ? "the curriculum passes every curriculum rule" : "the curriculum fails "
						+ (curriculum.size() == 1 ? "a curriculum rule" : curriculum.size() + " curriculum rules")
						+ " (" + String.join(", ", curriculum) + ")");
		return List.of(new Criterion(1, CRITERIA.get(0), first ? "met" : "not met", firstEvidence),
				new Criterion(2, CRITERIA.get(1), delivered >= minModules ? "met" : "not met",
						delivered + " modules delivered and assessed; " + minModules + " needed"),
				new Criterion(3, CRITERIA.get(2), shift.state(), shiftEvidence(shift)),
				new Criterion(4, CRITERIA.get(3), "recorded in the engagement",
						"met by an AI-feature iteration a product team runs with coaching in advisory mode, "
								+ "recorded on the engagement as an iteration event (AC-HOI-UPSKILLING-4)"));
	}

	private static String shiftEvidence(Shift s) {
		StringBuilder out = new StringBuilder("external AI hours");
		if (s.latestReduction() != null) {
			out.append(String.format(java.util.Locale.ROOT, " %.0f%% %s the baseline in the latest month",
					100 * Math.abs(s.latestReduction()), s.latestReduction() >= 0 ? "below" : "above"));
		}
		if (s.projectedReduction() != null) {
			out.append(String.format(java.util.Locale.ROOT,
					"; a %.0f%% reduction projected at month %d, a %.0f%% chance of reaching %.0f%%",
					100 * s.projectedReduction(), s.targetMonth(), 100 * s.probability(), 100 * s.target()));
		}
		return out + (s.stateRule() == null ? "" : " (" + s.stateRule() + ")");
	}

	private static Rejected rejected(UpskillingInput input) {
		List<RejectedLine> lines = new ArrayList<>(input.survey().rejected());
		lines.addAll(input.results().rejected());
		lines.addAll(input.taskLog().rejected());
		return new Rejected(input.survey().rejectedCount(), input.results().rejectedCount(),
				input.taskLog().rejectedCount(), lines);
	}

	private static List<PolicyValue> policy(Policies policies) {
		return policies.all()
			.values()
			.stream()
			.map(p -> new PolicyValue(p.name(), p.value(), p.rule()))
			.sorted(java.util.Comparator.comparing(PolicyValue::name))
			.toList();
	}

	private static ModuleResult withDelivered(ModuleResult m, boolean delivered) {
		return new ModuleResult(m.id(), m.title(), m.audience(), m.month(), m.durationHours(), m.skills(), m.outcome(),
				m.outcomeScore(), m.scale(), m.audienceSize(), m.enrolled(), m.assessed(), m.completion(), m.pairs(),
				m.meanPre(), m.meanPost(), m.meanGain(), m.gainLow(), m.gainHigh(), m.gainT(), m.gainP(), m.reached(),
				m.reachedShare(), m.rated(), m.meanSatisfaction(), m.satisfiedShare(), m.meanAttendance(),
				m.inHouseShareBefore(), m.inHouseShareAfter(), delivered);
	}

}
