package com.caio.engine.maturity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.caio.engine.bench.HeapWatch;
import com.caio.engine.bench.Peers;
import com.caio.engine.bench.RealisticSurvey;
import com.caio.engine.bench.ReadNextBaseline;
import com.caio.engine.bench.SurveyGenerator;
import com.caio.engine.bench.Benchmark;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench maturity}: scores generated wide surveys end to end and compares the rate
 * with OpenCSV readNext over the same file in the same run; reports live-heap growth for
 * a small and a large file, and the time to reload the shipped rules.
 */
@Component
class MaturityBench extends Benchmark {

	private static final int WARM_UP_RUNS = 3;

	private final MaturityCapability capability = new MaturityCapability();

	private final RuleRuntime rules;

	private final JsonMapper json;

	MaturityBench(RuleRuntime rules, JsonMapper json) {
		super("bench maturity [--respondents 100000] [--questions 25] [--large-mb 200] [--runs 10] [--peers]");
		this.rules = rules;
		this.json = json;
	}

	@Override
	protected void run(Map<String, Long> options, PrintStream out) throws Exception {
		long respondents = options.get("respondents");
		int questions = options.get("questions").intValue();
		double largeMb = options.get("large-mb");
		int runs = options.get("runs").intValue();
		List<String> ids = questionIds(rules.current(), questions);
		Path dir = null;
		try {
			dir = Files.createTempDirectory("caio-bench-");
			Path file = SurveyGenerator.write(dir.resolve("survey.csv"), respondents, ids);
			out.printf(Locale.ROOT, "file: %,d respondents x %d questions, %.1f MB%n", respondents, ids.size(),
					Files.size(file) / 1048576.0);
			for (int i = 0; i < WARM_UP_RUNS; i++) {
				// let the JIT compile both paths before anything is timed
				score(file);
				ReadNextBaseline.rows(file);
			}
			Path labelled = SurveyGenerator.write(dir.resolve("survey-labels.csv"), respondents, ids, true);
			for (int i = 0; i < WARM_UP_RUNS; i++) {
				score(labelled);
			}
			double[] baselines = new double[runs];
			double[] endToEnds = new double[runs];
			double[] labelRates = new double[runs];
			for (int i = 0; i < runs; i++) {
				// interleaved, so a change in the machine's load falls on all three alike
				baselines[i] = rate(() -> ReadNextBaseline.rows(file), respondents);
				endToEnds[i] = rate(() -> score(file), respondents);
				labelRates[i] = rate(() -> score(labelled), respondents);
			}
			double baseline = Arrays.stream(baselines).max().orElseThrow();
			double endToEnd = Arrays.stream(endToEnds).max().orElseThrow();
			double labels = Arrays.stream(labelRates).max().orElseThrow();
			out.printf(Locale.ROOT, "OpenCSV readNext alone:        %,12.0f rows/s (best of %d; median %,.0f)%n",
					baseline, runs, median(baselines));
			out.printf(Locale.ROOT, "end to end (parse, validate, score): %,6.0f rows/s (best of %d; median %,.0f)%n",
					endToEnd, runs, median(endToEnds));
			out.printf(Locale.ROOT, "ratio end to end / readNext:   %12.2f  (target >= 0.8, issue 18; medians %.2f)%n",
					endToEnd / baseline, median(endToEnds) / median(baselines));
			out.printf(Locale.ROOT,
					"the same answers as Forms labels (%.1f MB): %,6.0f rows/s; they take %.2fx the digits' time (target <= 1.5; medians %.2fx)%n",
					Files.size(labelled) / 1048576.0, labels, endToEnd / labels,
					median(endToEnds) / median(labelRates));
			if (options.get("peers") == 1) {
				peers(RealisticSurvey.write(dir.resolve("survey-realistic.csv"), respondents, ids), runs, out);
			}
			Files.delete(labelled);
			Path small = SurveyGenerator.write(dir.resolve("small.csv"),
					SurveyGenerator.respondentsForMegabytes(dir, 10, ids), ids);
			heap(out, "10 MB file", small);
			long large = SurveyGenerator.respondentsForMegabytes(dir, largeMb, ids);
			Path big = SurveyGenerator.write(dir.resolve("large.csv"), large, ids);
			Files.delete(file);
			heap(out, String.format(Locale.ROOT, "large file (%,d respondents)", large), big);
			reload(out);
		}
		finally {
			SurveyGenerator.deleteQuietly(dir);
		}
	}

	/**
	 * The engine end to end with its result written as JSON, warm, against readNext and
	 * the pandas and polars scripts of bench/peers on the same file: a survey as exports
	 * have them (quotes, blanks, N/A, a few bad rows).
	 */
	private void peers(Path file, int runs, PrintStream out) throws IOException, InterruptedException {
		MaturityReport warm = null;
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			// this file's rejections and quoted cells are paths the digits file never
			// took
			warm = score(file);
			ReadNextBaseline.rows(file);
		}
		out.printf(Locale.ROOT, "realistic survey (%.1f MB): %,d respondents scored, %,d rows rejected%n",
				Files.size(file) / 1048576.0, warm.respondents(), warm.rejectedCount());
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		double[] wall = new double[runs];
		double[] cpu = new double[runs];
		double[] readNext = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			long c0 = os.getProcessCpuTime();
			json.writeValue(OutputStream.nullOutputStream(), score(file));
			wall[i] = (System.nanoTime() - t0) / 1e9;
			cpu[i] = (os.getProcessCpuTime() - c0) / 1e9;
			long t1 = System.nanoTime();
			ReadNextBaseline.rows(file);
			readNext[i] = (System.nanoTime() - t1) / 1e9;
		}
		Peers.endToEnd(wall, cpu, readNext, out);
		Peers.compare("maturity", file, rules.rulesDir().toString(), wall, cpu, out);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private void heap(PrintStream out, String label, Path file) throws IOException {
		HeapWatch.Watched<MaturityReport> scored = HeapWatch.watch(() -> score(file));
		out.printf(Locale.ROOT, "live heap growth, %s of %.1f MB: %.1f MB (target < 64 MB; %d respondents scored)%n",
				label, Files.size(file) / 1048576.0, scored.growthBytes() / 1048576.0, scored.result().respondents());
	}

	private void reload(PrintStream out) {
		rules.reload();
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			RuleRuntime.Status status = rules.reload();
			best = Math.min(best, System.nanoTime() - start);
			if (!status.lastBuildSucceeded()) {
				throw new IllegalStateException("the shipped rules do not compile: " + status.messages());
			}
		}
		out.printf(Locale.ROOT, "reload of the shipped rules (%d files): %.0f ms (best of 5; target < 1000 ms)%n",
				rules.status().files().size(), best / 1e6);
	}

	private MaturityReport score(Path file) {
		return score(capability, rules.current(), file);
	}

	/**
	 * The first {@code count} questions of the catalogue, as a generated survey asks
	 * them.
	 */
	static List<String> questionIds(RuleSet ruleSet, int count) {
		return ruleSet.data(QuestionCatalogue.class).questions().stream().limit(count).map(Question::id).toList();
	}

	/**
	 * The survey scored along the capability's path (read, rules, report, the source's
	 * hash), as the bench times it and the memory bench measures it.
	 */
	static MaturityReport score(MaturityCapability capability, RuleSet ruleSet, Path file) {
		Source source = Source.file(file);
		try {
			MaturityReport report = capability.assess(capability.read(source, ruleSet), ruleSet);
			source.sha256();
			return report;
		}
		catch (CsvFormatException ex) {
			throw new IllegalStateException(ex.describe(file.toString()), ex);
		}
	}

}
