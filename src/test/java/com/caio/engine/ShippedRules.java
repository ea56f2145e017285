package com.caio.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.caio.engine.maturity.QuestionCatalogueParser;
import com.caio.engine.onboarding.PlanTemplateParser;
import com.caio.engine.upskilling.SkillsCatalogueParser;
import com.caio.engine.rules.RuleLimits;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.Run;

/**
 * The project's shipped {@code rules/} folder, compiled once per JVM through the
 * production loader, for every unit test that needs the real rules.
 */
public final class ShippedRules {

	private static RuleSet compiled;

	private ShippedRules() {
	}

	/**
	 * The rule files given with the shipped Critical band's minimum (and its row name)
	 * set to {@code minimum}, whatever it was: the edit the rule-editor stories make.
	 */
	public static java.util.Map<String, byte[]> withCriticalFrom(java.util.Map<String, byte[]> files, int minimum) {
		java.util.Map<String, byte[]> edited = new java.util.TreeMap<>(files);
		String bands = new String(files.get("risk/bands.drl.csv"), java.nio.charset.StandardCharsets.UTF_8);
		edited.put("risk/bands.drl.csv",
				bands.replaceAll("Critical from \\d+,\\d+", "Critical from " + minimum + "," + minimum)
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return edited;
	}

	public static synchronized RuleSet get() {
		if (compiled == null) {
			// results, not timing, are under test here: a generous time limit for a
			// loaded machine
			RuleRuntime runtime = new RuleRuntime(TestWorkspace.SHIPPED_RULES,
					List.of(new QuestionCatalogueParser(), new PlanTemplateParser(), new SkillsCatalogueParser()),
					new RuleLimits(1_000_000, Duration.ofMinutes(5)));
			RuleRuntime.Status status = runtime.reload();
			if (!status.lastBuildSucceeded() || !status.messages().isEmpty()) {
				throw new IllegalStateException("the shipped rules do not compile clean: " + status.messages());
			}
			compiled = runtime.current();
		}
		return compiled;
	}

	/** A result wrapped as a stored run would be, for renderers under test. */
	public static <R> Run<R> run(String kind, R result) {
		return new Run<>(1, kind, Instant.parse("2026-11-27T00:00:00Z"), get().version(),
				new Run.Input(kind + ".input", "0".repeat(64)), result);
	}

	public static Path folder() {
		return TestWorkspace.SHIPPED_RULES;
	}

}
