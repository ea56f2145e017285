package com.caio.engine.pilot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RulesUnavailableException;
import org.kie.api.runtime.KieSession;

/**
 * Runs the rules of {@code rules/pilot/}: the decision, the data readiness and the
 * steering checks.
 */
final class PilotRules {

	static final String RULES_FOLDER = "pilot";

	private static final int MAX_FIRINGS = 10_000;

	/** The recommendation and every rule behind it. */
	record Decision(String decision, List<FiredRule> firedRules) {
	}

	/** Whether the pilot may start, and what keeps it from starting. */
	record Readiness(boolean readyToStart, List<FiredRule> gaps, List<FiredRule> firedRules) {
	}

	private PilotRules() {
	}

	static Decision decide(RuleSet rules, PilotOutcome outcome) {
		List<Object> facts = run(rules, List.of(outcome));
		List<FiredRule> fired = new ArrayList<>();
		List<PilotDecision> decisions = new ArrayList<>();
		for (Object fact : facts) {
			if (fact instanceof DecisionCandidate c) {
				fired.add(new FiredRule(c.ruleId(), c.decision(), c.reason()));
			}
			else if (fact instanceof PilotWarning w) {
				fired.add(new FiredRule(w.ruleId(), PilotWarning.OUTCOME, w.reason()));
			}
			else if (fact instanceof PilotDecision d) {
				decisions.add(d);
			}
		}
		if (decisions.size() != 1) {
			throw new RulesUnavailableException("the pilot decision rules derived " + decisions.size()
					+ " recommendations instead of one: " + decisions, List.of());
		}
		PilotDecision decision = decisions.get(0);
		fired.sort(Comparator.comparing(FiredRule::ruleId));
		fired.add(new FiredRule(decision.ruleId(), decision.decision(), decision.reason()));
		return new Decision(decision.decision(), List.copyOf(fired));
	}

	static Readiness readiness(RuleSet rules, String pilot, List<ChecklistItem> items) {
		List<Object> in = new ArrayList<>(items);
		in.add(new ReadinessCheck(pilot));
		List<FiredRule> gaps = new ArrayList<>();
		List<FiredRule> fired = new ArrayList<>();
		for (Object fact : run(rules, in)) {
			if (fact instanceof ReadinessGap g) {
				gaps.add(new FiredRule(g.ruleId(), g.item(), g.reason()));
			}
			else if (fact instanceof ReadyToStart r) {
				fired.add(new FiredRule(r.ruleId(), "ready to start", "every required item is confirmed in writing"));
			}
		}
		gaps.sort(Comparator.comparing(FiredRule::ruleId).thenComparing(FiredRule::outcome));
		fired.addAll(0, gaps);
		return new Readiness(gaps.isEmpty() && !fired.isEmpty(), List.copyOf(gaps), List.copyOf(fired));
	}

	static List<Finding> steering(RuleSet rules, SteeringRecord record) {
		return run(rules, List.of(record)).stream()
			.filter(Finding.class::isInstance)
			.map(Finding.class::cast)
			.sorted(Comparator.comparing(Finding::ruleId))
			.toList();
	}

	private static List<Object> run(RuleSet rules, List<?> facts) {
		KieSession session = rules.newSession(RULES_FOLDER);
		try {
			facts.forEach(session::insert);
			if (session.fireAllRules(MAX_FIRINGS) >= MAX_FIRINGS) {
				throw new RulesUnavailableException("the pilot rules did not settle after " + MAX_FIRINGS
						+ " firings; a rule probably re-triggers itself", List.of());
			}
			return new ArrayList<>(session.getObjects());
		}
		finally {
			session.dispose();
		}
	}

}
