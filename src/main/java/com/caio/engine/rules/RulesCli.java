package com.caio.engine.rules;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code rules check [--rules DIR]}: compiles the rules; exit 0 if clean, 1 with the
 * errors.
 */
@Component
class RulesCli extends Command {

	private final RuleRuntime runtime;

	RulesCli(RuleRuntime runtime) {
		super("rules check [--rules DIR]");
		this.runtime = runtime;
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		RuleRuntime.Status status = runtime.status();
		status.messages().forEach(m -> (m.isError() ? err : out).println(m));
		if (!status.lastBuildSucceeded()) {
			err.println(status.messages().stream().filter(RuleMessage::isError).count() + " error(s) in "
					+ status.rulesDir());
			return 1;
		}
		out.println("rules OK: " + status.files().size() + " files in " + status.rulesDir() + ", version "
				+ status.servingVersion());
		return 0;
	}

}
