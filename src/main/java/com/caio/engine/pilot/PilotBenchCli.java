package com.caio.engine.pilot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.run.Source;
import com.caio.engine.bench.Benchmark;
import com.caio.engine.bench.Peers;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.csv.CsvFormatException;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench pilot [--rows N] [--runs K] [--peers]}: writes a per-unit CSV (default 10
 * million rows, a few of them bad) to a temp folder, then times the streaming pilot
 * evaluation end to end (read, validate, statistics, rules, the result as JSON) and
 * OpenCSV {@code readNext} over the same file, warm and interleaved, best and median of K
 * runs; with {@code --peers}, the pandas and polars scripts of bench/peers too.
 */
@Component
class PilotBenchCli extends Benchmark {

	private final PilotService service;

	private final RuleRuntime rules;

	private final JsonMapper json;

	PilotBenchCli(PilotService service, RuleRuntime rules, JsonMapper json) {
		super("bench pilot [--rows 10000000] [--runs 3] [--peers]");
		this.service = service;
		this.rules = rules;
		this.json = json;
	}

	@Override
	protected void run(Map<String, Long> options, PrintStream out) throws Exception {
		long rows = options.get("rows");
		int runs = options.get("runs").intValue();
		Path dir = Files.createTempDirectory("caio-bench-pilot-");
		Path file = dir.resolve("units.csv");
		try {
			generate(file, rows);
			out.printf(Locale.ROOT, "file: %s (%,d rows, %,d bytes)%n", file, rows, Files.size(file));
			// warm: the JIT compiles both paths before anything is timed
			evaluate(file);
			readNext(file);
			com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
			double[] wall = new double[runs];
			double[] cpu = new double[runs];
			double[] parse = new double[runs];
			PilotEvaluation evaluation = null;
			for (int r = 0; r < runs; r++) {
				// interleaved, so a change in the machine's load falls on both alike
				long t0 = System.nanoTime();
				long c0 = os.getProcessCpuTime();
				evaluation = evaluate(file);
				wall[r] = (System.nanoTime() - t0) / 1e9;
				cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
				long t1 = System.nanoTime();
				readNext(file);
				parse[r] = (System.nanoTime() - t1) / 1e9;
			}
			out.printf(Locale.ROOT, "evaluated %,d rows (%,d rejected): decision %s, p = %s%n", evaluation.rows(),
					evaluation.rejectedCount(), evaluation.decision(), PilotText.p(evaluation.pValue()));
			Peers.endToEnd(wall, cpu, parse, out);
			if (options.get("peers") == 1) {
				Peers.compare("pilot", file, rules.rulesDir().toString(), wall, cpu, out);
			}
		}
		finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	private PilotEvaluation evaluate(Path file) {
		PilotEvaluation evaluation = evaluateUnits(service, file);
		json.writeValue(OutputStream.nullOutputStream(), evaluation);
		return evaluation;
	}

	/**
	 * The generated units evaluated against the bench's plan, as the memory bench
	 * measures it.
	 */
	static PilotEvaluation evaluateUnits(PilotService service, Path file) {
		return service.evaluateUnits(Source.file(file), new EvaluationInput(plan(), null, null, null, List.of()));
	}

	static PlanInput plan() {
		return new PlanInput("bench", "rate", "conversion", 0.05, null, null, 0.08, 0.05, 0.8, "50/50", 100_000.0, 365,
				null);
	}

	/**
	 * Units split 50/50; control converts at 5%, treatment at 5.5%. As an export has
	 * them: arms in mixed case, true/false beside 0/1, and about one row in 20,000 bad
	 * (an arm "holdout", a KPI "n/a", a missing unit id).
	 */
	static void generate(Path file, long rows) throws IOException {
		SplittableRandom random = new SplittableRandom(20261126);
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("unit_id,arm,converted\n");
			for (long i = 1; i <= rows; i++) {
				boolean treatment = random.nextBoolean();
				boolean converted = random.nextDouble() < (treatment ? 0.055 : 0.05);
				int bad = random.nextInt(60_000);
				if (bad != 0) {
					w.write("u");
					w.write(Long.toString(i));
				}
				w.write(bad == 1 ? ",holdout," : treatment ? (i % 7 == 0 ? ",Treatment," : ",treatment,")
						: (i % 7 == 0 ? ",Control," : ",control,"));
				if (bad == 2) {
					w.write("n/a");
				}
				else if (i % 5 == 0) {
					w.write(converted ? "true" : "false");
				}
				else {
					w.write(converted ? '1' : '0');
				}
				w.write('\n');
			}
		}
	}

	private static long readNext(Path file) throws IOException, CsvValidationException {
		long count = 0;
		try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVReader reader = new CSVReader(text)) {
			reader.readNext();
			while (reader.readNext() != null) {
				count++;
			}
		}
		return count;
	}

}
