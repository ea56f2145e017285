package com.caio.engine.rules;

import java.io.PrintStream;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code rules catalogue}: prints every compiled rule (id, name, file, severity, policy
 * values) as a Markdown table; exit 1 when no rule set compiled.
 */
@Component
class RulesCatalogueCli extends Command {

	private final RuleRuntime runtime;

	RulesCatalogueCli(RuleRuntime runtime) {
		super("rules catalogue [--rules DIR]");
		this.runtime = runtime;
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
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
