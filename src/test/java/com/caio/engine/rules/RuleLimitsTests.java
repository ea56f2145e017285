package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.caio.engine.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules that never settle are stopped by the firing limit or the time limit, reported as
 * a rule problem naming the folder and the rule, and the next evaluation is served.
 */
class RuleLimitsTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("limits");

	/** Firing limit tests: a time limit so long only the firing limit can stop them. */
	static RuleSet fewFirings;

	/** Time limit tests. */
	static RuleSet shortTime;

	@BeforeAll
	static void compile() throws Exception {
		Path folder = Files.createDirectories(WORKSPACE.rules().resolve("runaway"));
		Files.copy(Path.of("src/test/resources/rules-runaway/runaway/runaway.drl"), folder.resolve("runaway.drl"));
		fewFirings = compile(new RuleLimits(20_000, Duration.ofMinutes(5)));
		shortTime = compile(new RuleLimits(1_000_000, Duration.ofMillis(1500)));
	}

	private static RuleSet compile(RuleLimits limits) {
		RuleRuntime runtime = new RuleRuntime(WORKSPACE.rules(), List.of(), limits);
		RuleRuntime.Status status = runtime.reload();
		assertThat(status.lastBuildSucceeded()).as(status.messages().toString()).isTrue();
		return runtime.current();
	}

	@AfterAll
	static void cleanUp() {
		TestWorkspace.deleteRecursively(WORKSPACE.root());
	}

	@Test
	void aSelfTriggeringRuleIsStoppedByTheFiringLimitAndNamed() {
		assertThatThrownBy(() -> fewFirings.evaluate("runaway", List.of("self")))
			.isInstanceOf(RuleProblemException.class)
			.hasMessageContaining("rules/runaway, rule RUN-SELF-001")
			.hasMessageContaining("caio.rules.max-firings")
			.satisfies(ex -> assertThat(((RuleProblemException) ex).ruleId()).isEqualTo("RUN-SELF-001"));
		stillServes();
	}

	@Test
	void twoRulesTriggeringEachOtherAreStoppedAndOneIsNamed() {
		assertThatThrownBy(() -> fewFirings.evaluate("runaway", List.of("loop")))
			.isInstanceOf(RuleProblemException.class)
			.hasMessageContaining("caio.rules.max-firings")
			.satisfies(ex -> assertThat(((RuleProblemException) ex).ruleId()).isIn("RUN-PING-001", "RUN-PONG-001"));
		stillServes();
	}

	@Test
	void aConsequenceThatNeverReturnsIsStoppedByTheTimeLimitAndNamed() {
		long start = System.nanoTime();
		assertThatThrownBy(() -> shortTime.evaluate("runaway", List.of("busy")))
			.isInstanceOf(RuleProblemException.class)
			.hasMessageContaining("rules/runaway, rule RUN-BUSY-001")
			.hasMessageContaining("did not finish within 1500 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
		stillServes();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (busyInTheRule() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		assertThat(busyInTheRule()).as("the overrunning worker no longer runs the rule (Java 17 can stop it)")
			.isFalse();
	}

	private static boolean busyInTheRule() {
		return Thread.getAllStackTraces()
			.values()
			.stream()
			.flatMap(java.util.Arrays::stream)
			.anyMatch(frame -> frame.getClassName().contains("RUN_BUSY_001")
					|| frame.getClassName().contains("RunBusy001"));
	}

	private static void stillServes() {
		assertThat(fewFirings.evaluate("runaway", List.of("fine")).all(Integer.class)).containsExactly(42);
	}

}
