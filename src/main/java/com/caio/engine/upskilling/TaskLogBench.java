package com.caio.engine.upskilling;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.caio.engine.bench.Benchmark;
import com.caio.engine.bench.HeapWatch;
import com.caio.engine.bench.ReadNextBaseline;
import com.caio.engine.bench.SurveyGenerator;
import com.caio.engine.upskilling.model.TaskLog;
import org.springframework.stereotype.Component;

/**
 * {@code bench upskilling}: streams a generated task log through the task-log reader and
 * compares the rate with OpenCSV readNext over the same file in the same run; reports the
 * live-heap growth for a small and a large file (flat in the rows: the reader keeps one
 * sum per month).
 */
@Component
class TaskLogBench extends Benchmark {

	private static final int WARM_UP_RUNS = 3;

	TaskLogBench() {
		super("bench upskilling [--rows 1000000] [--runs 5]");
	}

	@Override
	protected void run(Map<String, Long> options, PrintStream out) throws Exception {
		long rows = options.get("rows");
		int runs = options.get("runs").intValue();
		Path dir = null;
		try {
			dir = Files.createTempDirectory("caio-bench-");
			Path file = write(dir.resolve("task-log.csv"), rows);
			out.printf(Locale.ROOT, "file: %,d task-log rows, %.1f MB%n", rows, Files.size(file) / 1048576.0);
			for (int i = 0; i < WARM_UP_RUNS; i++) {
				read(file);
				ReadNextBaseline.rows(file);
			}
			double baseline = 0;
			double reader = 0;
			for (int i = 0; i < runs; i++) {
				baseline = Math.max(baseline, rate(() -> ReadNextBaseline.rows(file), rows));
				reader = Math.max(reader, rate(() -> read(file).rows(), rows));
			}
			out.printf(Locale.ROOT, "OpenCSV readNext alone:          %,12.0f rows/s (best of %d)%n", baseline, runs);
			out.printf(Locale.ROOT, "task log (parse, validate, sum): %,12.0f rows/s (best of %d)%n", reader, runs);
			out.printf(Locale.ROOT, "ratio task log / readNext:       %12.2f  (target >= 0.8, issue 18)%n",
					reader / baseline);
			heap(out, write(dir.resolve("small.csv"), rows / 10));
			heap(out, file);
		}
		finally {
			SurveyGenerator.deleteQuietly(dir);
		}
	}

	private static void heap(PrintStream out, Path file) throws IOException {
		HeapWatch.Watched<TaskLog> read = HeapWatch.watch(() -> read(file));
		out.printf(Locale.ROOT, "live heap growth, %,d rows (%.1f MB): %.1f MB%n", read.result().rows(),
				Files.size(file) / 1048576.0, read.growthBytes() / 1048576.0);
	}

	static TaskLog read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new TaskLogReader().read(in);
		}
	}

	/**
	 * A deterministic task log: 14 months, 8 teams, mixed AI-related and external rows.
	 */
	static Path write(Path file, long rows) throws IOException {
		String[] teams = { "Checkout", "Search", "Growth", "Platform", "Data", "Payments", "Mobile", "Web" };
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("month,task,team,ai_related,done_by,hours\n");
			for (long i = 0; i < rows; i++) {
				int month = (int) (i * 14 / Math.max(1, rows));
				int year = month < 3 ? 2025 : 2026;
				int m = month < 3 ? 10 + month : month - 2;
				w.write(year + "-" + (m < 10 ? "0" : "") + m + ",Task " + i + "," + teams[(int) (i % teams.length)]
						+ "," + (i % 4 == 0 ? "no" : "yes") + "," + (i % 3 == 0 ? "external" : "in-house") + ","
						+ (4 + i % 37) + "." + (i % 10) + "\n");
			}
		}
		return file;
	}

}
