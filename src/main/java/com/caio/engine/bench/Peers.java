package com.caio.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
	 * @param engineWall the engine's end-to-end seconds (median) on the same file
	 * @param engineCpu the engine's CPU seconds for one run (median)
	 */
	public static void compare(String kind, Path file, String rulesDir, double engineWall, double engineCpu, int runs,
			PrintStream out) throws IOException, InterruptedException {
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
						process = new ProcessBuilder("python3", script.toString(), file.toString(), result.toString(),
								rulesDir)
							.redirectError(stderr.toFile())
							.start();
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
			double w = median(wall);
			double c = median(cpu);
			out.printf(Locale.ROOT, "%s (%s): %.3f s wall with the interpreter's start, %.3f s CPU (median of %d)%n",
					library, summary, w, c, runs);
			out.printf(Locale.ROOT,
					"  caio end to end vs %s: %.2fx as fast by wall clock, %.2fx by CPU (above 1: caio is faster)%n",
					library, w / engineWall, c / engineCpu);
		}
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
