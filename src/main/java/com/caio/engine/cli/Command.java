package com.caio.engine.cli;

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

}
