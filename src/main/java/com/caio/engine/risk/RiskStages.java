package com.caio.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.RuleSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench risk --stages}: the end-to-end path cut into its stages, each timed alone
 * on the same register: the register reader (read and validate into {@link Risk}
 * records), the rule session of {@code rules/risk/} over those records (the facts built,
 * inserted, fired and collected), ranking, heatmap and roadmap, and the JSON.
 */
final class RiskStages {

	static final List<String> NAMES = List.of("register reader (read + validate)",
			"one Drools session alone (insert + fire + collect)", "rules as the engine runs them (RiskScorer)",
			"ranking + heatmap + roadmap", "JSON (Jackson)");

	private RiskStages() {
	}

	/**
	 * Seconds of each stage of {@link #NAMES}, one pass: wall clock, then the process's
	 * CPU time (all threads), each stage after a collection.
	 */
	static double[][] time(RuleSet rules, JsonMapper json, Path file) throws IOException {
		double[][] seconds = new double[2][NAMES.size()];
		Clock clock = new Clock(seconds);
		Register register;
		try (InputStream in = Files.newInputStream(file)) {
			register = new RegisterReader().read(in);
		}
		clock.lap(0);
		List<Object> facts = new ArrayList<>(RiskScorer.cellBands(rules).bands());
		facts.addAll(register.risks());
		facts.addAll(RiskScorer.duplicateTitles(register.risks()));
		clock.restart();
		rules.evaluate(RiskScorer.RULES_FOLDER, facts);
		facts = null;
		clock.lap(1);
		RiskScorer.Outcome outcome = new RiskScorer().score(rules, register.risks(), List.of());
		clock.lap(2);
		RiskReport report = RiskCapability.report(new RiskInput(register, List.of(), null), outcome);
		clock.lap(3);
		json.writeValue(OutputStream.nullOutputStream(), report);
		clock.lap(4);
		return seconds;
	}

	/** Times stages, each started after a collection. */
	private static final class Clock {

		private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();

		private final double[][] seconds;

		private long wall;

		private long cpu;

		Clock(double[][] seconds) {
			this.seconds = seconds;
			restart();
		}

		void restart() {
			System.gc();
			wall = System.nanoTime();
			cpu = OS.getProcessCpuTime();
		}

		void lap(int stage) {
			seconds[0][stage] = (System.nanoTime() - wall) / 1e9;
			seconds[1][stage] = (OS.getProcessCpuTime() - cpu) / 1e9;
			restart();
		}

	}

	/** The medians of the runs' stages, wall ({@code clock} 0) or CPU (1). */
	static double[] medians(List<double[][]> runs, int clock) {
		double[] medians = new double[NAMES.size()];
		for (int s = 0; s < medians.length; s++) {
			List<Double> values = new ArrayList<>();
			for (double[][] run : runs) {
				values.add(run[clock][s]);
			}
			values.sort(null);
			medians[s] = values.get(values.size() / 2);
		}
		return medians;
	}

}
