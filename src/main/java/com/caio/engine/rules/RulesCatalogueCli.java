package com.caio.engine.rules;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code rules catalogue}: prints every compiled rule (id, name, file, severity, policy
 * values) as a Markdown table; exit 1 when no rule set compiled.
 */
@Component
class RulesCatalogueCli implements CliCommand {

	private final RuleRuntime runtime;

	RulesCatalogueCli(RuleRuntime runtime) {
		this.runtime = runtime;
	}

	@Override
	public List<String> words() {
		return List.of("rules", "catalogue");
	}

	@Override
	public String usage() {
		return "rules catalogue [--rules DIR]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		args.allowOnly(Set.of());
		RuleRuntime.Status status = runtime.status();
		if (status.servingVersion() == null) {
			status.messages().stream().filter(RuleMessage::isError).forEach(err::println);
			err.println("no rule set compiled from " + status.rulesDir());
			return 1;
		}
		out.print(RuleCatalogue.markdown(runtime.catalogue()));
		return 0;
	}

}
