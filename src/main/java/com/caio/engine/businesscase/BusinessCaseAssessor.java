package com.caio.engine.businesscase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Scenario;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.Policies;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import org.kie.api.runtime.KieSession;

/**
 * Projects the three scenarios, then lets the business-case rules judge the figures and
 * the assumptions, and assembles the report from what they derived.
 */
public final class BusinessCaseAssessor {

	static final String RULES_FOLDER = "businesscase";

	private static final int MAX_FIRINGS = 100_000;

	public BusinessCaseReport assess(RuleSet rules, BusinessCase input, String fileName, String sha256) {
		List<ScenarioResult> results = input.scenarios().stream().map(s -> Projection.project(input, s)).toList();
		List<Assumption> assumptions = Assumption.register(input);
		int target = (int) Policies.of(rules, RULES_FOLDER).value("payback-target-months");
		KieSession session = rules.newSession(RULES_FOLDER);
		try {
			session.insert(new CaseHeader(input.name(), input.horizonMonths(), input.longerHorizonRationale()));
			results.forEach(r -> session.insert(ScenarioFigures.of(r)));
			assumptions.forEach(session::insert);
			for (Scenario s : input.scenarios()) {
				for (int i = 0; i < s.levers().size(); i++) {
					Lever l = s.levers().get(i);
					session.insert(new LeverAssumption(s.name(), l.metric(), l.kind(), l.uplift(),
							"scenarios." + s.name() + ".levers[" + i + "]"));
				}
			}
			if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
				throw new RulesUnavailableException("the business-case rules did not settle after " + MAX_FIRINGS
						+ " firings; a rule probably re-triggers itself", List.of());
			}
			List<Finding> findings = new ArrayList<>();
			boolean ready = false;
			for (Object fact : session.getObjects()) {
				if (fact instanceof Finding f) {
					findings.add(f);
				}
				ready |= fact instanceof BoardReady;
			}
			findings.sort(Comparator.comparingInt(BusinessCaseAssessor::rank)
				.thenComparing(Finding::ruleId)
				.thenComparing(Finding::subject));
			return new BusinessCaseReport(null, Instant.now(), rules.version(), fileName, sha256, input.name(),
					input.organisation(), input.currency(), input.horizonMonths(), input.discountRate(), results,
					Sensitivity.of(input, "expected"), BreakEven.of(input, "expected", target), assumptions,
					findings.stream().map(BusinessCaseReport.CaseFinding::of).toList(), ready, input, target);
		}
		finally {
			session.dispose();
		}
	}

	private static int rank(Finding f) {
		return switch (f.severity()) {
			case Finding.CRITICAL -> 0;
			case Finding.WARNING -> 1;
			default -> 2;
		};
	}

}
