package com.caio.engine.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command of the {@code caio} command line. Each capability contributes its own as a
 * Spring bean; the dispatcher finds them, so adding a command touches no shared file. A
 * command is mostly its usage line: the words that select it and the options it takes are
 * read from it.
 */
public interface CliCommand {

	/** One line for the usage text, e.g. {@code maturity FILE [--json]}. */
	String usage();

	/** Runs the command; returns the exit code (0 done, 1 refused input, 2 usage). */
	int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException;

	/**
	 * The words that select it: the usage's leading lower-case words, e.g.
	 * {@code ["rules", "check"]}.
	 */
	default List<String> words() {
		List<String> words = new ArrayList<>();
		for (String token : usage().split(" ")) {
			if (token.isEmpty() || token.startsWith("[") || token.startsWith("-")
					|| !token.equals(token.toLowerCase(Locale.ROOT))) {
				break;
			}
			words.add(token);
		}
		return words;
	}

	/**
	 * The options it accepts, every {@code --name} of its usage; the dispatcher refuses
	 * any other.
	 */
	default Set<String> options() {
		Set<String> options = new LinkedHashSet<>();
		Matcher m = Pattern.compile("--([a-z][a-z0-9-]*)").matcher(usage());
		while (m.find()) {
			options.add(m.group(1));
		}
		return options;
	}

}
