package com.caio.engine.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.cli.CliCommands;
import org.springframework.stereotype.Component;

/**
 * The one {@code bench} harness: {@code caio bench <kind>} for every {@link Benchmark},
 * with its whole-number options checked and defaulted in one place.
 */
@Component
class BenchCommands implements CliCommands {

	private final List<Benchmark> benchmarks;

	BenchCommands(List<Benchmark> benchmarks) {
		this.benchmarks = benchmarks;
	}

	@Override
	public List<CliCommand> commands() {
		return benchmarks.stream().<CliCommand>map(Command::new).toList();
	}

	private static final Pattern FLAG = Pattern.compile("\\[--([a-z][a-z0-9-]*)\\]");

	private record Command(Benchmark benchmark) implements CliCommand {

		@Override
		public String usage() {
			return benchmark.usage();
		}

		@Override
		public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
			Map<String, Long> options = new LinkedHashMap<>();
			for (Map.Entry<String, Long> option : benchmark.defaults().entrySet()) {
				options.put(option.getKey(), positive(args, option.getKey(), option.getValue()));
			}
			// flags without a value ([--peers]: the pandas and polars scripts of
			// bench/peers)
			Matcher flag = FLAG.matcher(benchmark.usage());
			while (flag.find()) {
				options.put(flag.group(1), args.flag(flag.group(1)) ? 1L : 0L);
			}
			try {
				benchmark.run(options, out);
				return 0;
			}
			catch (Exception ex) {
				err.println("caio: " + benchmark.usage().split(" ")[1] + " benchmark failed: " + ex.getMessage());
				return 1;
			}
		}

		private static long positive(CliArgs args, String name, long fallback) throws CliArgs.UsageException {
			String value = args.option(name);
			if (value == null) {
				return fallback;
			}
			try {
				long n = Long.parseLong(value.replace("_", ""));
				if (n > 0) {
					return n;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new CliArgs.UsageException("--" + name + " needs a whole number above 0, not '" + value + "'");
		}

	}

}
