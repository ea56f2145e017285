package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;

/** The shipped rules of {@code rules/}, compiled once for the pilot tests. */
final class PilotTestRules {

	private static RuleSet rules;

	private PilotTestRules() {
	}

	static synchronized RuleSet rules() {
		if (rules == null) {
			RuleRuntime runtime = new RuleRuntime(Path.of("rules"), List.of());
			RuleRuntime.Status status = runtime.reload();
			assertThat(status.lastBuildSucceeded()).as(status.messages().toString()).isTrue();
			rules = runtime.current();
		}
		return rules;
	}

	/** The policy of the shipped rules/pilot/policy.drl.csv. */
	static PilotPolicy policy() {
		return PilotPolicy.of(rules());
	}

}
