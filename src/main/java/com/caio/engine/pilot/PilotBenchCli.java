package com.caio.engine.pilot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
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
import com.caio.engine.csv.CsvFormatException;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import org.springframework.stereotype.Component;

/**
 * {@code bench pilot [--rows N]}: writes a per-unit CSV (default 10 million rows) to a
 * temp folder, then times OpenCSV {@code readNext} and the streaming pilot evaluation
 * over the same file in the same run.
 */
@Component
class PilotBenchCli extends Benchmark {

	private final PilotService service;

	PilotBenchCli(PilotService service) {
		super("bench pilot [--rows 10000000]");
		this.service = service;
	}

	@Override
	protected void run(Map<String, Long> options, PrintStream out) throws Exception {
		long rows = options.get("rows");
		Path dir = Files.createTempDirectory("caio-bench-pilot-");
		Path file = dir.resolve("units.csv");
		generate(file, rows);
		out.printf(Locale.ROOT, "file: %s (%,d rows, %,d bytes)%n", file, rows, Files.size(file));
		long start = System.nanoTime();
		long read = readNext(file);
		double openCsv = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		PilotEvaluation evaluation;
		evaluation = service.evaluateUnits(Source.file(file), new EvaluationInput(plan(), null, null, null, List.of()));
		double ours = (System.nanoTime() - start) / 1e9;
		out.printf(Locale.ROOT, "OpenCSV readNext:          %,d rows in %.2f s = %,.0f rows/s%n", read, openCsv,
				read / openCsv);
		out.printf(Locale.ROOT, "pilot streaming evaluation: %,d rows in %.2f s = %,.0f rows/s (decision %s, p = %s)%n",
				evaluation.rows(), ours, evaluation.rows() / ours, evaluation.decision(),
				PilotText.p(evaluation.pValue()));
		out.printf(Locale.ROOT, "ratio evaluation/readNext: %.2f%n", (evaluation.rows() / ours) / (read / openCsv));
		Files.delete(file);
		Files.delete(dir);
	}

	static PlanInput plan() {
		return new PlanInput("bench", "rate", "conversion", 0.05, null, null, 0.08, 0.05, 0.8, "50/50", 100_000.0, 365,
				null);
	}

	/** Units split 50/50; control converts at 5%, treatment at 5.5%. */
	static void generate(Path file, long rows) throws IOException {
		SplittableRandom random = new SplittableRandom(20261126);
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("unit_id,arm,converted\n");
			for (long i = 1; i <= rows; i++) {
				boolean treatment = random.nextBoolean();
				boolean converted = random.nextDouble() < (treatment ? 0.055 : 0.05);
				w.write("u");
				w.write(Long.toString(i));
				w.write(treatment ? ",treatment," : ",control,");
				w.write(converted ? '1' : '0');
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
