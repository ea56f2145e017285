package com.caio.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark of one capability, run as {@code caio bench <kind> [--option N ...]}. It
 * declares itself by its usage line, whose options are whole numbers with their defaults:
 * {@code bench risk [--risks 100000] [--runs 3]}. Declare one as a Spring bean;
 * {@link BenchCommands} finds it.
 */
public abstract class Benchmark {

	private static final Pattern OPTION = Pattern.compile("--([a-z][a-z0-9-]*) (\\d+)");

	private final String usage;

	protected Benchmark(String usage) {
		this.usage = usage;
	}

	public final String usage() {
		return usage;
	}

	/** The options of the usage line with their defaults, in order. */
	final Map<String, Long> defaults() {
		Map<String, Long> defaults = new LinkedHashMap<>();
		Matcher m = OPTION.matcher(usage);
		while (m.find()) {
			defaults.put(m.group(1), Long.parseLong(m.group(2)));
		}
		return defaults;
	}

	/** Runs with every option given or defaulted, printing its figures. */
	protected abstract void run(Map<String, Long> options, PrintStream out) throws Exception;

	/** Rows a second of one run of the work, timed on the wall clock. */
	protected static double rate(Work<?> work, long rows) throws IOException {
		long start = System.nanoTime();
		work.run();
		return rows / ((System.nanoTime() - start) / 1e9);
	}

	/** Work to time or to watch, returning what it made. */
	public interface Work<T> {

		T run() throws IOException;

	}

}
