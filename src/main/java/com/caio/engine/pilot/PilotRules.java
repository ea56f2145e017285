package com.caio.engine.pilot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.caio.engine.rules.Conclusions;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleSet;

/**
 * Runs the rules of {@code rules/pilot/}: the decision, the data readiness and the
 * steering checks.
 */
final class PilotRules {

	static final String RULES_FOLDER = "pilot";

	/** The recommendation and every rule behind it. */
	record Decision(String decision, List<FiredRule> firedRules) {
	}

	/** Whether the pilot may start, and what keeps it from starting. */
	record Readiness(boolean readyToStart, List<FiredRule> gaps, List<FiredRule> firedRules) {
	}

	/** Rule id, then outcome, then reason: a total order. */
	private static final Comparator<FiredRule> FIRED_ORDER = Comparator.comparing(FiredRule::ruleId)
		.thenComparing(FiredRule::outcome)
		.thenComparing(FiredRule::reason);

	private PilotRules() {
	}

	static Decision decide(RuleSet rules, PilotOutcome outcome) {
		Conclusions conclusions = rules.evaluate(RULES_FOLDER, List.of(outcome));
		PilotDecision decision = conclusions.one(PilotDecision.class);
		List<FiredRule> fired = new ArrayList<>();
		conclusions.all(DecisionCandidate.class)
			.forEach(c -> fired.add(new FiredRule(c.ruleId(), c.decision(), c.reason())));
		fired.sort(FIRED_ORDER);
		fired.add(new FiredRule(decision.ruleId(), decision.decision(), decision.reason()));
		return new Decision(decision.decision(), List.copyOf(fired));
	}

	static Readiness readiness(RuleSet rules, String pilot, List<ChecklistItem> items) {
		List<Object> in = new ArrayList<>(items);
		in.add(new ReadinessCheck(pilot));
		List<FiredRule> gaps = new ArrayList<>();
		List<FiredRule> fired = new ArrayList<>();
		Conclusions conclusions = rules.evaluate(RULES_FOLDER, in);
		conclusions.all(ReadinessGap.class).forEach(g -> gaps.add(new FiredRule(g.ruleId(), g.item(), g.reason())));
		conclusions.all(ReadyToStart.class)
			.forEach(r -> fired
				.add(new FiredRule(r.ruleId(), "ready to start", "every required item is confirmed in writing")));
		fired.sort(FIRED_ORDER);
		gaps.sort(FIRED_ORDER);
		fired.addAll(0, gaps);
		return new Readiness(gaps.isEmpty() && !fired.isEmpty(), List.copyOf(gaps), List.copyOf(fired));
	}

	static List<Finding> steering(RuleSet rules, SteeringRecord record) {
		return rules.evaluate(RULES_FOLDER, List.of(record)).findings();
	}

}
