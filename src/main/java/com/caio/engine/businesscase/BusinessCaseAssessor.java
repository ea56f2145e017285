package com.caio.engine.businesscase;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.businesscase.BusinessCase.Lever;
import com.caio.engine.businesscase.BusinessCase.Scenario;
import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Policies;
import com.caio.engine.rules.RuleSet;

/**
 * Projects the three scenarios, then lets the business-case rules judge the figures and
 * the assumptions, and assembles the report from what they derived.
 */
public final class BusinessCaseAssessor {

	static final String RULES_FOLDER = "businesscase";

	public BusinessCaseReport assess(RuleSet rules, BusinessCase input) {
		List<ScenarioResult> results = input.scenarios().stream().map(s -> Projection.project(input, s)).toList();
		List<Assumption> assumptions = Assumption.register(input);
		int target = (int) Policies.of(rules, RULES_FOLDER).value("payback-target-months");
		List<Object> facts = new ArrayList<>();
		facts.add(new CaseHeader(input.name(), input.horizonMonths(), input.longerHorizonRationale()));
		results.forEach(r -> facts.add(ScenarioFigures.of(r)));
		facts.addAll(assumptions);
		for (Scenario s : input.scenarios()) {
			for (int i = 0; i < s.levers().size(); i++) {
				Lever l = s.levers().get(i);
				facts.add(new LeverAssumption(s.name(), l.metric(), l.kind(), l.uplift(),
						"scenarios." + s.name() + ".levers[" + i + "]", input.label(l.metric())));
			}
		}
		Conclusions conclusions = rules.evaluate(RULES_FOLDER, facts);
		return new BusinessCaseReport(input.name(), input.organisation(), input.currency(), input.horizonMonths(),
				input.discountRate(), results, Sensitivity.of(input, "expected"),
				BreakEven.of(input, "expected", target), assumptions,
				conclusions.findings().stream().map(BusinessCaseReport.CaseFinding::of).toList(),
				conclusions.any(BoardReady.class), input, target);
	}

}
