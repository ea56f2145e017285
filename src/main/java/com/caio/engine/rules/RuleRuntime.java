package com.caio.engine.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the rule set that serves requests and replaces it only with one that compiled
 * clean. A request takes {@link #current()} once and uses that rule set throughout, so a
 * reload never changes the rules under a running scoring.
 */
public class RuleRuntime {

	private static final Logger log = LoggerFactory.getLogger(RuleRuntime.class);

	/** What the last build attempt produced, whether or not it was published. */
	public record Status(Path rulesDir, String servingVersion, Instant servingSince, String attemptedVersion,
			boolean lastBuildSucceeded, List<RuleFile> files, List<RuleMessage> messages) {
	}

	private final Path rulesDir;

	private final RuleCompiler compiler;

	private final AtomicReference<RuleSet> serving = new AtomicReference<>();

	private volatile RuleCompiler.Build lastBuild;

	public RuleRuntime(Path rulesDir, List<RuleDataParser<?>> parsers) {
		this(rulesDir, parsers, RuleLimits.DEFAULT);
	}

	public RuleRuntime(Path rulesDir, List<RuleDataParser<?>> parsers, RuleLimits limits) {
		this.rulesDir = rulesDir;
		this.compiler = new RuleCompiler(parsers, limits);
	}

	public Path rulesDir() {
		return rulesDir;
	}

	/** Compiles the rules folder; publishes the result only if it has no error. */
	public synchronized Status reload() {
		long start = System.nanoTime();
		RuleCompiler.Build build = compiler.build(rulesDir);
		lastBuild = build;
		if (build.succeeded()) {
			serving.set(build.ruleSet());
			log.info("rules {} published from {} in {} ms", shortVersion(build.version()), rulesDir,
					(System.nanoTime() - start) / 1_000_000);
		}
		else {
			log.warn("rules from {} not published, {} still serving:\n{}", rulesDir,
					serving.get() == null ? "nothing" : shortVersion(serving.get().version()),
					String.join("\n", build.messages().stream().map(RuleMessage::toString).toList()));
		}
		return status();
	}

	/** The rule set to use for one request. */
	public RuleSet current() {
		RuleSet ruleSet = serving.get();
		if (ruleSet == null) {
			RuleCompiler.Build build = lastBuild;
			throw new RulesUnavailableException("no rule set compiled from " + rulesDir + "; fix the errors and reload",
					build == null ? List.of() : build.messages());
		}
		return ruleSet;
	}

	public Status status() {
		RuleSet ruleSet = serving.get();
		RuleCompiler.Build build = lastBuild;
		return new Status(rulesDir, ruleSet == null ? null : ruleSet.version(),
				ruleSet == null ? null : ruleSet.builtAt(), build == null ? null : build.version(),
				build != null && build.succeeded(), build == null ? List.of() : build.files(),
				build == null ? List.of() : build.messages());
	}

	static String shortVersion(String version) {
		return version.length() > 12 ? version.substring(0, 12) : version;
	}

}
