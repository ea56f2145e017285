package com.caio.engine.opportunities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.caio.engine.opportunities.model.BacklogSize;
import com.caio.engine.opportunities.model.GoDecision;
import com.caio.engine.opportunities.model.MethodChoice;
import com.caio.engine.opportunities.model.MethodRequest;
import com.caio.engine.opportunities.model.PolicyValue;
import com.caio.engine.opportunities.model.TopCandidate;
import com.caio.engine.opportunities.model.Verdict;
import com.caio.engine.opportunities.model.Weight;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;

/**
 * Runs the rules of {@code rules/opportunities/}: the policy, method and weight tables,
 * the backlog and go/no-go rules, and the plan's rules.
 */
final class OpportunityRules {

	static final String FOLDER = "opportunities";

	/** The policy values, the chosen method (null if no row matched) and the weights. */
	record Setup(Map<String, PolicyValue> policy, MethodChoice method, List<Weight> weights) {

		double value(String key) {
			PolicyValue value = policy.get(key);
			if (value == null) {
				throw new RulesUnavailableException("rules/opportunities/policy.drl.csv has no row with key '" + key
						+ "'; add it back (docs/opportunities.md lists the keys)", List.of());
			}
			return value.value();
		}

		List<OpportunitiesReport.Policy> used() {
			return new TreeMap<>(policy).values()
				.stream()
				.map(p -> new OpportunitiesReport.Policy(p.key(), p.value(), p.source(), id(p.ruleId())))
				.toList();
		}

	}

	/** Decisions and verdicts per top use case, and the backlog's findings. */
	record Decisions(Map<String, GoDecision> decisions, Map<String, List<Verdict>> verdicts, List<Finding> findings) {
	}

	private OpportunityRules() {
	}

	static Setup setup(RuleSet rules, String method) {
		Map<String, PolicyValue> policy = new HashMap<>();
		List<MethodChoice> choices = new ArrayList<>();
		List<Weight> weights = new ArrayList<>();
		for (Object fact : run(rules, List.of(new MethodRequest(method)))) {
			if (fact instanceof PolicyValue p) {
				policy.put(p.key(), p);
			}
			else if (fact instanceof MethodChoice c) {
				choices.add(c);
			}
			else if (fact instanceof Weight w) {
				weights.add(w);
			}
		}
		if (choices.size() > 1) {
			throw new RulesUnavailableException("rules/opportunities/scoring-method.drl.csv chose " + choices.size()
					+ " methods for '" + method + "': " + choices, List.of());
		}
		weights.sort(Comparator.comparing(Weight::ruleId));
		return new Setup(Map.copyOf(policy), choices.isEmpty() ? null : choices.get(0), List.copyOf(weights));
	}

	static Decisions backlog(RuleSet rules, int size, List<TopCandidate> top) {
		List<Object> facts = new ArrayList<>(top);
		facts.add(new BacklogSize(size));
		Map<String, GoDecision> decisions = new HashMap<>();
		Map<String, List<Verdict>> verdicts = new HashMap<>();
		List<Finding> findings = new ArrayList<>();
		for (Object fact : run(rules, facts)) {
			if (fact instanceof GoDecision d) {
				if (decisions.put(d.opportunityId(), d) != null) {
					throw new RulesUnavailableException(
							"the go/no-go rules took two decisions for '" + d.opportunityId() + "'", List.of());
				}
			}
			else if (fact instanceof Verdict v) {
				verdicts.computeIfAbsent(v.opportunityId(), k -> new ArrayList<>()).add(v);
			}
			else if (fact instanceof Finding f) {
				findings.add(f);
			}
		}
		verdicts.values().forEach(list -> list.sort(Comparator.comparing(Verdict::ruleId)));
		findings.sort(Comparator.comparing((Finding f) -> f.ruleId()).thenComparing(Finding::subject));
		return new Decisions(decisions, verdicts, findings);
	}

	static List<Finding> findings(RuleSet rules, List<?> facts) {
		return run(rules, facts).stream()
			.filter(Finding.class::isInstance)
			.map(Finding.class::cast)
			.sorted(Comparator.comparing((Finding f) -> f.ruleId()).thenComparing(Finding::subject))
			.toList();
	}

	/** A decision table's rule name starts with its id: "OPP-POL-001 A workshop ...". */
	static String id(String ruleName) {
		int space = ruleName.indexOf(' ');
		return space < 0 ? ruleName : ruleName.substring(0, space);
	}

	private static List<Object> run(RuleSet rules, List<?> facts) {
		return rules.evaluate(FOLDER, facts).all(Object.class);
	}

}
