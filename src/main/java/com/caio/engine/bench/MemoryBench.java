package com.caio.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.rules.RuleRuntime;
import org.springframework.stereotype.Component;

/**
 * {@code bench memory}: generates each capability's input at each size and scores it in a
 * child JVM started with {@code -Xmx256m}, so the heap limit is real; reports whether it
 * finished, the live heap it grew by (heap in use after a full collection, sampled every
 * 100 ms), the child's peak resident memory and its time. The child is this command
 * again, with {@code --child KIND FILE}.
 */
@Component
class MemoryBench implements CliCommand {

	private final Map<String, MemoryProbe> probes = new LinkedHashMap<>();

	private final RuleRuntime rules;

	MemoryBench(List<MemoryProbe> probes, RuleRuntime rules) {
		probes.forEach(p -> this.probes.put(p.kind(), p));
		this.rules = rules;
	}

	@Override
	public String usage() {
		return "bench memory [--kinds maturity,risk,pilot] [--sizes 10MB,1GB] [--xmx 256m] [--child KIND FILE]";
	}

	@Override
	public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
		try {
			if (args.option("child") != null) {
				child(probe(args.option("child")), args.operand("the input to score"), out);
				return 0;
			}
			List<MemoryProbe> kinds = new ArrayList<>();
			for (String kind : option(args, "kinds", "maturity,risk,pilot").split(",")) {
				kinds.add(probe(kind.strip()));
			}
			List<Long> sizes = new ArrayList<>();
			for (String size : option(args, "sizes", "10MB,1GB").split(",")) {
				sizes.add(bytes(size.strip()));
			}
			String xmx = option(args, "xmx", "256m");
			if (!xmx.matches("\\d+[kmgKMG]?")) {
				throw new CliArgs.UsageException("--xmx needs a heap size such as 256m, not '" + xmx + "'");
			}
			new MemoryRun(rules.rulesDir(), xmx, out).run(kinds, sizes.stream().sorted().toList());
			return 0;
		}
		catch (IOException | InterruptedException ex) {
			err.println("caio: memory benchmark failed: " + ex.getMessage());
			return 1;
		}
	}

	/**
	 * In the child JVM: warm the path on a small input, then score the file under watch.
	 */
	private static void child(MemoryProbe probe, Path file, PrintStream out) throws IOException {
		Path warm = Files.createTempFile("caio-memory-warm-", ".csv");
		try {
			probe.write(warm, 64 * 1024);
			probe.score(warm);
		}
		finally {
			Files.deleteIfExists(warm);
		}
		long start = System.nanoTime();
		HeapWatch.Watched<Long> watched = HeapWatch.watch(() -> probe.score(file));
		double seconds = (System.nanoTime() - start) / 1e9;
		out.printf(Locale.ROOT, "%s rows=%d growth=%d seconds=%.3f hwm=%d%n", MemoryRun.RESULT, watched.result(),
				watched.growthBytes(), seconds, MemoryRun.peakRssBytes(Path.of("/proc/self/status")));
	}

	private MemoryProbe probe(String kind) throws CliArgs.UsageException {
		MemoryProbe probe = probes.get(kind);
		if (probe == null) {
			throw new CliArgs.UsageException(
					"no memory probe for '" + kind + "'; accepted: " + String.join(", ", probes.keySet()));
		}
		return probe;
	}

	private static String option(CliArgs args, String name, String fallback) {
		String value = args.option(name);
		return value == null ? fallback : value;
	}

	/**
	 * {@code 10MB}, {@code 1GB}, {@code 500kB}: binary units (1 MB = 1,048,576 bytes).
	 */
	static long bytes(String size) throws CliArgs.UsageException {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgG])[bB]")
			.matcher(size);
		if (!m.matches()) {
			throw new CliArgs.UsageException("--sizes needs sizes such as 10MB,1GB (kB, MB or GB), not '" + size + "'");
		}
		int power = "kmg".indexOf(Character.toLowerCase(m.group(2).charAt(0))) + 1;
		return Math.round(Double.parseDouble(m.group(1)) * Math.pow(1024, power));
	}

}
