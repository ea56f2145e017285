package com.caio.engine.opportunities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.GoDecision;
import com.caio.engine.opportunities.model.Opportunity;
import com.caio.engine.opportunities.model.TopCandidate;
import com.caio.engine.opportunities.model.Verdict;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import com.caio.engine.common.BadInputException;

/**
 * Ranks a backlog by the method the rules choose and takes the go/no-go decisions for its
 * top use cases.
 */
final class BacklogAssessor {

	private BacklogAssessor() {
	}

	static OpportunitiesReport.Backlog assess(RuleSet rules, OpportunityRules.Setup setup, Backlog backlog,
			List<Finding> findings) {
		String asked = backlog.method().isBlank() ? "default" : backlog.method().strip().toLowerCase(Locale.ROOT);
		if (setup.method() == null) {
			throw new BadInputException("method", "'" + backlog.method()
					+ "' is not a scoring method of rules/opportunities/scoring-method.drl.csv; accepted: rice, wsjf, weighted");
		}
		String method = setup.method().method();
		if (!List.of("RICE", "WSJF", "WEIGHTED").contains(method)) {
			throw new RulesUnavailableException("scoring-method.drl.csv chose '" + method + "' for '" + asked
					+ "'; the engine computes RICE, WSJF and WEIGHTED", List.of());
		}
		List<Scoring.Scored> scored = Scoring.rank(method, backlog.opportunities(), setup.weights());
		double low = backlog.targetUpliftLow() != null ? backlog.targetUpliftLow() : setup.value("target.upliftLow");
		double high = backlog.targetUpliftHigh() != null ? backlog.targetUpliftHigh()
				: setup.value("target.upliftHigh");
		if (low > high) {
			throw new BadInputException("targetUplift",
					"low " + Numbers.plain(low) + " is above high " + Numbers.plain(high));
		}
		int top = (int) Math.min(setup.value("gonogo.top"), scored.size());
		List<TopCandidate> candidates = new ArrayList<>();
		for (int i = 0; i < top; i++) {
			Opportunity o = scored.get(i).opportunity();
			candidates.add(new TopCandidate(o.id(), o.title(), i + 1, o.upliftPercent().likely(), low, high,
					o.riskLevel(), o.hasMitigation(), o.dataReadiness(), o.confidencePercent(), o.dependencies().size(),
					o.scope().complete()));
		}
		OpportunityRules.Decisions decisions = OpportunityRules.backlog(rules, backlog.opportunities().size(),
				candidates);
		findings.addAll(decisions.findings());
		List<OpportunitiesReport.Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			ranked.add(ranked(i + 1, scored.get(i)));
		}
		List<OpportunitiesReport.GoNoGo> goNoGo = new ArrayList<>();
		for (TopCandidate c : candidates) {
			goNoGo.add(goNoGo(c, scored.get(c.rank() - 1).opportunity(), decisions));
		}
		int min = (int) setup.value("backlog.min");
		int max = (int) setup.value("backlog.max");
		int size = backlog.opportunities().size();
		return new OpportunitiesReport.Backlog(backlog.name(), size, min, max, size >= min && size <= max, method,
				OpportunityRules.id(setup.method().ruleId()), Scoring.formula(method), Scoring.TIE_BREAK, low, high,
				List.copyOf(ranked), List.copyOf(goNoGo));
	}

	private static OpportunitiesReport.Ranked ranked(int rank, Scoring.Scored s) {
		Opportunity o = s.opportunity();
		return new OpportunitiesReport.Ranked(rank, o.id(), o.title(), o.description(), o.targetKpi(),
				o.upliftPercent(), o.upliftPercent().pertMean(), o.reach(), o.impact(), o.confidencePercent(),
				o.effortWeeks(), o.effortWeeks().pertMean(), s.score(), s.parts(), o.riskLevel(), o.riskNotes(),
				o.mitigation(), o.dataReadiness(), o.dependencies(), o.owner());
	}

	private static OpportunitiesReport.GoNoGo goNoGo(TopCandidate c, Opportunity o,
			OpportunityRules.Decisions decisions) {
		GoDecision decision = decisions.decisions().get(c.id());
		if (decision == null) {
			throw new RulesUnavailableException("the go/no-go rules took no decision for '" + c.id() + "'", List.of());
		}
		List<Verdict> verdicts = decisions.verdicts().getOrDefault(c.id(), List.of());
		List<OpportunitiesReport.RuleFired> fired = new ArrayList<>();
		List<String> conditions = new ArrayList<>();
		List<String> against = new ArrayList<>();
		for (Verdict v : verdicts) {
			fired.add(new OpportunitiesReport.RuleFired(v.ruleId(), v.kind(), v.reason()));
			(Verdict.NO_GO.equals(v.kind()) ? against : conditions).add(v.reason());
		}
		fired.add(new OpportunitiesReport.RuleFired(decision.ruleId(), decision.decision(), decision.reason()));
		boolean go = !GoDecision.NO_GO.equals(decision.decision());
		return new OpportunitiesReport.GoNoGo(c.id(), c.title(), c.rank(), decision.decision(), List.copyOf(conditions),
				List.copyOf(against), List.copyOf(fired), go ? o.scope() : null);
	}

}
