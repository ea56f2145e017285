package com.caio.engine.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code caio} command line. Each capability contributes its own as a
 * Spring bean; the dispatcher finds them, so adding a command touches no shared file.
 */
public interface CliCommand {

	/** The words that select it, e.g. {@code ["maturity", "score"]}. */
	List<String> words();

	/** One line for the usage text, e.g. {@code maturity score FILE [--json]}. */
	String usage();

	/** Runs the command; returns the exit code (0 done, 1 refused input, 2 usage). */
	int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException;

}
