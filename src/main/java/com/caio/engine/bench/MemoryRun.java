package com.caio.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parent side of {@code bench memory}: for each capability and size, writes the
 * input, scores it in a child JVM with the heap limit, samples the child's peak resident
 * memory from {@code /proc}, deletes the input and prints one row; then the growth from
 * the smallest to the largest input that finished.
 */
final class MemoryRun {

	static final String RESULT = "memory-result";

	/** Issue 18: live heap growth under 64 MB from a 10 MB to a 1 GB input. */
	private static final long TARGET_BYTES = 64L << 20;

	private final Path rulesDir;

	private final String xmx;

	private final PrintStream out;

	MemoryRun(Path rulesDir, String xmx, PrintStream out) {
		this.rulesDir = rulesDir;
		this.xmx = xmx;
		this.out = out;
	}

	/** One input scored in a child JVM. */
	record Scored(long inputBytes, long rows, boolean finished, String failure, long growthBytes, long peakRssBytes,
			double seconds) {
	}

	void run(List<MemoryProbe> probes, List<Long> sizes) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("caio-bench-memory-");
		try {
			out.printf(Locale.ROOT, "each input scored in a child JVM with -Xmx%s; live heap = heap in use after a"
					+ " full GC, sampled every 100 ms or 9x the GC's time (which slows the run)%n", xmx);
			out.printf(Locale.ROOT, "%-10s %10s %13s  %-22s %12s %10s %9s%n", "kind", "input", "rows", "finished",
					"heap growth", "peak RSS", "time");
			for (MemoryProbe probe : probes) {
				List<Scored> results = new ArrayList<>();
				for (long size : sizes) {
					Path file = dir.resolve(probe.kind() + "-" + size + ".csv");
					long rows = probe.write(file, size);
					Scored scored;
					try {
						scored = child(probe, file, dir, rows);
					}
					finally {
						Files.deleteIfExists(file);
					}
					results.add(scored);
					print(probe, scored);
				}
				summary(probe, results);
			}
		}
		finally {
			SurveyGenerator.deleteQuietly(dir);
		}
	}

	private Scored child(MemoryProbe probe, Path file, Path dir, long rows) throws IOException, InterruptedException {
		long inputBytes = Files.size(file);
		Path stdout = dir.resolve("child.out");
		Path stderr = dir.resolve("child.err");
		List<String> command = new ArrayList<>(java());
		command.addAll(List.of("bench", "memory", "--child", probe.kind(), file.toString(), "--rules",
				rulesDir.toAbsolutePath().toString(), "--data", dir.resolve("data-" + probe.kind()).toString()));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		long peak = 0;
		while (process.isAlive()) {
			// VmHWM only grows; the last reading before the child exits is its peak
			peak = Math.max(peak, peakRssBytes(status));
			Thread.sleep(100);
		}
		double wall = (System.nanoTime() - start) / 1e9;
		String result = Files.readAllLines(stdout, StandardCharsets.UTF_8)
			.stream()
			.filter(l -> l.startsWith(RESULT))
			.findFirst()
			.orElse(null);
		if (process.exitValue() != 0 || result == null) {
			String errors = Files.readString(stderr, StandardCharsets.UTF_8);
			// -XX:+ExitOnOutOfMemoryError exits with 3 and says so on standard output
			boolean outOfMemory = process.exitValue() == 3 || errors.contains("OutOfMemoryError")
					|| Files.readString(stdout, StandardCharsets.UTF_8).contains("OutOfMemoryError");
			String failure = outOfMemory ? "no (OutOfMemoryError)" : "no (exit " + process.exitValue() + ")";
			if (!outOfMemory) {
				out.print(errors);
			}
			return new Scored(inputBytes, rows, false, failure, -1, peak, wall);
		}
		return new Scored(inputBytes, number(result, "rows"), true, "yes", number(result, "growth"),
				Math.max(peak, number(result, "hwm")), Double.parseDouble(value(result, "seconds")));
	}

	/** This JVM again (the jar, or the class path of a build), with the heap limit. */
	private List<String> java() {
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+ExitOnOutOfMemoryError"));
		String launched = System.getProperty("sun.java.command", "").split(" ")[0];
		if (launched.endsWith(".jar")) {
			command.addAll(List.of("-jar", launched));
		}
		else {
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.caio.engine.CaioApplication"));
		}
		return command;
	}

	private void print(MemoryProbe probe, Scored s) {
		out.printf(Locale.ROOT, "%-10s %10s %,13d  %-22s %12s %10s %8.1fs%n", probe.kind(), mb(s.inputBytes()),
				s.rows(), s.failure(), s.finished() ? mb(s.growthBytes()) : "-", mb(s.peakRssBytes()), s.seconds());
	}

	private void summary(MemoryProbe probe, List<Scored> results) {
		List<Scored> finished = results.stream().filter(Scored::finished).toList();
		if (finished.size() < 2) {
			out.printf(Locale.ROOT, "%s: fewer than two inputs finished; no growth to compare%n", probe.kind());
			return;
		}
		Scored small = finished.get(0);
		Scored large = finished.get(finished.size() - 1);
		long growth = large.growthBytes() - small.growthBytes();
		boolean allFinished = finished.size() == results.size();
		out.printf(Locale.ROOT,
				"%s: live heap growth from %s to %s: %s MB, %.1f bytes per %s (target < 64 MB"
						+ " over 10 MB to 1 GB: %s)%n",
				probe.kind(), mb(small.inputBytes()), mb(large.inputBytes()),
				String.format(Locale.ROOT, "%+.1f", growth / 1048576.0),
				(double) growth / Math.max(1, large.rows() - small.rows()), probe.rowName(),
				!allFinished || growth >= TARGET_BYTES ? "not met"
						: large.inputBytes() >= 1000L << 20 ? "met" : "within it up to this size");
	}

	private static String mb(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

	private static String value(String line, String name) {
		for (String part : line.split(" ")) {
			if (part.startsWith(name + "=")) {
				return part.substring(name.length() + 1);
			}
		}
		throw new IllegalStateException("the child's result has no " + name + ": " + line);
	}

	private static long number(String line, String name) {
		return Long.parseLong(value(line, name));
	}

	/** VmHWM of a {@code /proc/PID/status}, in bytes; 0 when it cannot be read. */
	static long peakRssBytes(Path status) {
		try {
			for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the child has exited between the check and the read
		}
		return 0;
	}

}
