package com.caio.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts an analyst would write instead of using the engine
 * ({@code bench/peers/<kind>_pandas.py} and {@code _polars.py}) on the benchmark's own
 * file, and prints the engine's time as a ratio to each: wall clock with the
 * interpreter's start and imports included, as an analyst waits for it, and CPU seconds.
 * A peer whose Python or library is missing is reported as skipped, not as a failure.
 */
public final class Peers {

	private static final Path FOLDER = Path.of("bench", "peers");

	private Peers() {
	}

	/**
	 * @param engineWall the engine's end-to-end seconds of each run on the same file
	 * @param engineCpu the engine's CPU seconds of each run
	 * @param extra arguments after the script's file, result and rules folder
	 */
	public static void compare(String kind, Path file, String rulesDir, double[] engineWall, double[] engineCpu,
			PrintStream out, String... extra) throws IOException, InterruptedException {
		int runs = engineWall.length;
		for (String library : new String[] { "pandas", "polars" }) {
			Path script = FOLDER.resolve(kind + "_" + library + ".py");
			if (!Files.isRegularFile(script)) {
				out.printf("%s: skipped, no %s (run from the project's folder)%n", library, script);
				continue;
			}
			double[] wall = new double[runs];
			double[] cpu = new double[runs];
			String skipped = null;
			String summary = "";
			for (int r = 0; r < runs && skipped == null; r++) {
				Path result = Files.createTempFile("caio-peer-", ".json");
				Path stderr = Files.createTempFile("caio-peer-", ".err");
				try {
					long t0 = System.nanoTime();
					Process process;
					try {
						List<String> command = new ArrayList<>(
								List.of("python3", script.toString(), file.toString(), result.toString(), rulesDir));
						command.addAll(Arrays.asList(extra));
						process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
					}
					catch (IOException ex) {
						skipped = "python3 not found";
						break;
					}
					summary = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
					if (!process.waitFor(30, TimeUnit.MINUTES)) {
						process.destroyForcibly();
						throw new IOException(script + " ran for more than 30 minutes");
					}
					wall[r] = (System.nanoTime() - t0) / 1e9;
					String err = Files.readString(stderr);
					if (process.exitValue() == 3) {
						skipped = err.strip();
						break;
					}
					if (process.exitValue() != 0) {
						throw new IOException(script + " failed (exit " + process.exitValue() + "): " + err.strip());
					}
					cpu[r] = err.lines()
						.filter(l -> l.startsWith("cpu "))
						.mapToDouble(l -> Double.parseDouble(l.substring(4)))
						.findFirst()
						.orElse(Double.NaN);
				}
				finally {
					Files.deleteIfExists(result);
					Files.deleteIfExists(stderr);
				}
			}
			if (skipped != null) {
				out.printf("%s: skipped, %s%n", library, skipped);
				continue;
			}
			out.printf(Locale.ROOT,
					"%s (%s): %.3f s wall with the interpreter's start (median %.3f), %.3f s CPU (median %.3f); best of %d%n",
					library, summary, best(wall), median(wall), best(cpu), median(cpu), runs);
			out.printf(Locale.ROOT,
					"  caio end to end vs %s: %.2fx as fast by wall clock (medians: %.2fx), %.2fx by CPU (medians: %.2fx); above 1: caio is faster%n",
					library, best(wall) / best(engineWall), median(wall) / median(engineWall),
					best(cpu) / best(engineCpu), median(cpu) / median(engineCpu));
		}
	}

	/**
	 * Prints the engine's end-to-end time against OpenCSV readNext over the same file,
	 * best and median of the interleaved runs.
	 */
	public static void endToEnd(double[] wall, double[] cpu, double[] readNext, PrintStream out) {
		out.printf(Locale.ROOT,
				"caio end to end, warm, result written as JSON: %.3f s wall (median %.3f), %.3f s CPU (median %.3f); best of %d%n",
				best(wall), median(wall), best(cpu), median(cpu), wall.length);
		out.printf(Locale.ROOT,
				"OpenCSV readNext over the same file: %.3f s (median %.3f): caio end to end at %.2fx readNext's speed (medians: %.2fx; target >= 0.8)%n",
				best(readNext), median(readNext), best(readNext) / best(wall), median(readNext) / median(wall));
	}

	static double best(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
