package com.caio.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.common.BadInputException;

/**
 * Command-line words and options: {@code --flag}, {@code --name value} or
 * {@code --name=value}.
 */
public record CliArgs(List<String> words, Map<String, String> options) {

	/** Options that take no value. */
	static final Set<String> FLAGS = Set.of("json", "help", "peers", "stages");

	public static CliArgs parse(String[] args) throws UsageException {
		List<String> words = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				words.add(arg);
				continue;
			}
			String name = arg.substring(2);
			int eq = name.indexOf('=');
			if (eq >= 0) {
				options.put(name.substring(0, eq), name.substring(eq + 1));
			}
			else if (FLAGS.contains(name)) {
				options.put(name, "true");
			}
			else if (i + 1 < args.length) {
				options.put(name, args[++i]);
			}
			else {
				throw new UsageException("option --" + name + " needs a value");
			}
		}
		return new CliArgs(List.copyOf(words), Map.copyOf(options));
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public String option(String name) {
		return options.get(name);
	}

	/**
	 * The same options, without the first {@code commandWords} words (the dispatcher's
	 * part).
	 */
	CliArgs afterCommand(int commandWords) {
		return new CliArgs(words.subList(Math.min(commandWords, words.size()), words.size()), options);
	}

	/**
	 * The one operand after the command's words, e.g. the FILE of
	 * {@code maturity score FILE}.
	 */
	public Path operand(String what) throws UsageException {
		if (words.size() != 1) {
			throw new UsageException("expected exactly one " + what);
		}
		return Path.of(words.get(0));
	}

	/** {@link #operand(String)}, which must be a readable file. */
	public Path file(String what) throws UsageException {
		return readable(operand(what));
	}

	/** The file, or refused input (exit 1) naming it when it cannot be read. */
	public static Path readable(Path file) {
		if (!Files.isReadable(file)) {
			throw new BadInputException(file.toString(), "cannot read the file");
		}
		return file;
	}

	/**
	 * Fails on an option the command does not know, so a typo is not silently ignored.
	 */
	public void allowOnly(Set<String> known) throws UsageException {
		for (String name : options.keySet()) {
			if (!known.contains(name) && !name.equals("rules") && !name.equals("data")) {
				throw new UsageException("unknown option --" + name);
			}
		}
	}

	/** A usage error: exit code 2. */
	public static class UsageException extends Exception {

		public UsageException(String message) {
			super(message);
		}

	}
}
