package com.caio.engine.rules;

import java.util.List;

import com.caio.engine.cli.CliCommand;
import com.caio.engine.cli.Command;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code rules} commands: {@code check} and {@code catalogue}. */
@Configuration(proxyBeanMethods = false)
class RulesCommands {

	/** {@code rules check}: compiles the rules; exit 0 if clean, 1 with the errors. */
	@Bean
	CliCommand rulesCheck(RuleRuntime runtime) {
		return Command.of("rules check [--rules DIR]", (args, out, err) -> {
			RuleRuntime.Status status = runtime.compileAll();
			status.messages().forEach(m -> (m.isError() ? err : out).println(m));
			List<RuleMessage> smoke = runtime.checkServing();
			smoke.forEach(m -> (m.isError() ? err : out).println(m));
			if (smoke.stream().anyMatch(RuleMessage::isError)) {
				err.println("the rules compile but fail on a shipped example; the server would not publish them");
				return 1;
			}
			if (!status.lastBuildSucceeded()) {
				err.println(status.messages().stream().filter(RuleMessage::isError).count() + " error(s) in "
						+ status.rulesDir());
				return 1;
			}
			out.println("rules OK: " + status.files().size() + " files in " + status.rulesDir() + ", version "
					+ status.servingVersion());
			return 0;
		});
	}

	/**
	 * {@code rules catalogue}: every compiled rule (id, name, file, severity, policy
	 * values) as a Markdown table; exit 1 when no rule set compiled.
	 */
	@Bean
	CliCommand rulesCatalogue(RuleRuntime runtime) {
		return Command.of("rules catalogue [--rules DIR]", (args, out, err) -> {
			RuleRuntime.Status status = runtime.compileAll();
			if (status.servingVersion() == null) {
				status.messages().stream().filter(RuleMessage::isError).forEach(err::println);
				err.println("no rule set compiled from " + status.rulesDir());
				return 1;
			}
			out.print(RuleCatalogue.markdown(runtime.catalogue()));
			return 0;
		});
	}

}
