package com.caio.engine.cli;

import java.io.PrintStream;

/**
 * A command that states its usage line once, in its constructor:
 * {@code super("rules check [--rules DIR]")}; its words and options are read from it.
 */
public abstract class Command implements CliCommand {

	private final String usage;

	protected Command(String usage) {
		this.usage = usage;
	}

	@Override
	public final String usage() {
		return usage;
	}

	/**
	 * A command from its usage line and what it does, for the small commands a package
	 * declares together as {@code @Bean}s.
	 */
	public static CliCommand of(String usage, Action action) {
		return new Command(usage) {
			@Override
			public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
				return action.run(args, out, err);
			}
		};
	}

	/** What a command does: returns the exit code. */
	@FunctionalInterface
	public interface Action {

		int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException;

	}

}
