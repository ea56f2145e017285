package com.caio.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.bench.Benchmark;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Source;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench risk [--risks N] [--runs K]}: ranks a generated register end to end (read,
 * rules, ranking, heatmap, roadmap, JSON and SVG) and times OpenCSV {@code readNext} over
 * the same file.
 */
@Component
class RiskBenchCli extends Benchmark {

	private final RiskCapability capability;

	private final RuleRuntime rules;

	private final JsonMapper json;

	RiskBenchCli(RiskCapability capability, RuleRuntime rules, JsonMapper json) {
		super("bench risk [--risks 100000] [--runs 3] [--peers] [--stages]");
		this.capability = capability;
		this.rules = rules;
		this.json = json;
	}

	@Override
	protected void run(Map<String, Long> options, PrintStream out) throws Exception {
		int risks = options.get("risks").intValue();
		int runs = options.get("runs").intValue();
		Path dir = Files.createTempDirectory("caio-bench-risk-");
		Path file = dir.resolve("register.csv");
		RegisterGenerator.write(file, risks, 42);
		out.printf(Locale.ROOT, "register: %,d risks, %.1f MB at %s%n", risks, Files.size(file) / 1e6, file);
		rankOnce(file);
		readNextOnce(file);
		double[] engine = new double[runs];
		double[] engineCpu = new double[runs];
		double[] parse = new double[runs];
		RiskReport report = null;
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			long c0 = os.getProcessCpuTime();
			report = rankOnce(file);
			engine[r] = (System.nanoTime() - t0) / 1e9;
			engineCpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
			long t1 = System.nanoTime();
			readNextOnce(file);
			parse[r] = (System.nanoTime() - t1) / 1e9;
		}
		double e = median(engine);
		double p = median(parse);
		out.printf(Locale.ROOT, "ranked %,d risks (%,d rejected), %,d findings, %,d actions%n", report.risks().size(),
				report.rejectedCount(), report.findings().size(), report.remediation().size());
		out.printf(Locale.ROOT,
				"end to end (read, rules, rank, heatmap, roadmap, JSON, SVG): %.3f s = %,.0f risks/s (median of %d)%n",
				e, risks / e, runs);
		out.printf(Locale.ROOT, "OpenCSV readNext over the same file:                          %.3f s = %,.0f rows/s%n",
				p, risks / p);
		out.printf(Locale.ROOT, "ratio end to end / readNext: %.1fx the time (engine runs at %.1f%% of parse speed)%n",
				e / p, 100 * p / e);
		out.printf(Locale.ROOT, "best of %d: end to end %.3f s, readNext %.3f s: caio at %.2fx readNext%n", runs,
				Arrays.stream(engine).min().orElseThrow(), Arrays.stream(parse).min().orElseThrow(),
				Arrays.stream(parse).min().orElseThrow() / Arrays.stream(engine).min().orElseThrow());
		if (options.get("stages") == 1) {
			stages(file, runs, out);
		}
		if (options.get("peers") == 1) {
			com.caio.engine.bench.Peers.compare("risk", file, rules.rulesDir().toString(), engine, engineCpu, out);
		}
		Files.delete(file);
		Files.delete(dir);
	}

	/**
	 * Each stage timed alone, interleaved with {@code readNext} over the same file;
	 * medians of the runs, each stage's time as a ratio to {@code readNext}'s.
	 */
	private void stages(Path file, int runs, PrintStream out) throws Exception {
		RuleSet ruleSet = rules.current();
		RiskStages.time(ruleSet, json, file);
		List<double[][]> times = new java.util.ArrayList<>();
		double[] parse = new double[runs];
		double[] parseCpu = new double[runs];
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		for (int r = 0; r < runs; r++) {
			times.add(RiskStages.time(ruleSet, json, file));
			System.gc();
			long t = System.nanoTime();
			long c = os.getProcessCpuTime();
			readNextOnce(file);
			parse[r] = (System.nanoTime() - t) / 1e9;
			parseCpu[r] = (os.getProcessCpuTime() - c) / 1e9;
		}
		double p = median(parse);
		double pc = median(parseCpu);
		double[] wall = RiskStages.medians(times, 0);
		double[] cpu = RiskStages.medians(times, 1);
		out.printf(Locale.ROOT, "stages (each alone after a collection, interleaved with readNext; median of %d):%n",
				runs);
		out.printf(Locale.ROOT, "  %-52s %8s %8s  %s%n", "stage", "wall", "CPU", "readNext/stage (wall, CPU)");
		out.printf(Locale.ROOT, "  %-52s %7.3fs %7.3fs%n", "OpenCSV readNext", p, pc);
		for (int s = 0; s < wall.length; s++) {
			out.printf(Locale.ROOT, "  %-52s %7.3fs %7.3fs  %.2fx, %.2fx%n", RiskStages.NAMES.get(s), wall[s], cpu[s],
					p / wall[s], pc / cpu[s]);
		}
	}

	private RiskReport rankOnce(Path file) {
		return rankOnce(capability, rules.current(), json, file);
	}

	/**
	 * The register ranked end to end (read, rules, ranking, heatmap, roadmap, the
	 * source's hash, the JSON and the SVG), as the bench times it and the memory bench
	 * measures it.
	 */
	static RiskReport rankOnce(RiskCapability capability, RuleSet ruleSet, JsonMapper json, Path file) {
		Source source = Source.file(file);
		RiskReport report = capability.assess(capability.read(source, ruleSet), ruleSet);
		source.sha256();
		json.writeValue(OutputStream.nullOutputStream(), report);
		if (HeatmapSvg.render(report).isEmpty()) {
			throw new IllegalStateException("empty heatmap");
		}
		return report;
	}

	private static long readNextOnce(Path file) throws IOException, CsvValidationException {
		long rows = 0;
		try (CSVReader reader = new CSVReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			while (reader.readNext() != null) {
				rows++;
			}
		}
		return rows;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
