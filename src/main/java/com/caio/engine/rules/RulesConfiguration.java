package com.caio.engine.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the rule runtime: the rules folder comes from {@code caio.rules.dir} (default
 * ./rules).
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

	@Bean
	RuleRuntime ruleRuntime(@Value("${caio.rules.dir:rules}") String rulesDir, List<RuleDataParser<?>> parsers,
			@Value("${caio.rules.max-firings:1000000}") long maxFirings,
			@Value("${caio.rules.time-limit:30s}") Duration timeLimit,
			@Value("${caio.rules.compile:all}") String compile, @Value("${caio.rules.prefetch:}") String prefetch) {
		RuleRuntime runtime = new RuleRuntime(Path.of(rulesDir), parsers, new RuleLimits(maxFirings, timeLimit));
		if (compile.equals("on-demand")) {
			// a command line run: each capability's rules compiled when it first runs
			runtime.compileOnDemand();
			runtime.reload();
			if (!prefetch.isBlank()) {
				// the folder the command will use, compiled while the rest of the
				// program starts
				runtime.prefetch(prefetch);
			}
		}
		else {
			// compiled while the rest of the server starts; whatever needs the rules
			// waits
			runtime.loadInBackground();
		}
		return runtime;
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "caio.rules.watch", havingValue = "true", matchIfMissing = true)
	RuleWatcher ruleWatcher(RuleRuntime runtime, @Value("${caio.rules.watch-quiet-ms:400}") long quietMs)
			throws IOException {
		return new RuleWatcher(runtime, Duration.ofMillis(quietMs));
	}

}
