package com.caio.engine.maturity;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.caio.engine.bench.SurveyGenerator;
import com.caio.engine.rules.RuleRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The survey reader alone on the files of {@code bench maturity} (100,000 respondents x
 * 25 questions, digits and Forms labels), read from memory through the decoding path and
 * the byte path in turn, with the process's CPU time, and what the SHA-256 of each file
 * costs (the end-to-end path hashes the file on another thread). Run:
 * {@code mvn -o test -Dtest=SurveyReaderBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SurveyReaderBenchmark {

	private static final int ROUNDS = 21;

	@Test
	void digitsAndLabelsOnBothPaths() throws Exception {
		RuleRuntime runtime = new RuleRuntime(Path.of("rules"), List.of(new QuestionCatalogueParser()));
		runtime.reload();
		QuestionCatalogue catalogue = runtime.current().data(QuestionCatalogue.class);
		List<String> ids = catalogue.questions().stream().limit(25).map(Question::id).toList();
		Path dir = Files.createTempDirectory("survey-reader-bench");
		try {
			byte[][] files = { Files.readAllBytes(SurveyGenerator.write(dir.resolve("d.csv"), 100_000, ids, false)),
					Files.readAllBytes(SurveyGenerator.write(dir.resolve("l.csv"), 100_000, ids, true)) };
			var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
			double[][][] wall = new double[2][2][ROUNDS];
			double[][][] cpu = new double[2][2][ROUNDS];
			double[][] sha = new double[2][ROUNDS];
			for (int r = 0; r < ROUNDS; r++) {
				for (int path = 0; path < 2; path++) {
					for (int f = 0; f < 2; f++) {
						long c0 = os.getProcessCpuTime();
						long t0 = System.nanoTime();
						SurveyTally tally = new SurveyReader(catalogue, path == 1)
							.read(new ByteArrayInputStream(files[f]));
						wall[path][f][r] = (System.nanoTime() - t0) / 1e9;
						cpu[path][f][r] = (os.getProcessCpuTime() - c0) / 1e9;
						if (tally.rows() != 100_000) {
							throw new AssertionError(tally.rows());
						}
					}
				}
				for (int f = 0; f < 2; f++) {
					long t0 = System.nanoTime();
					MessageDigest digest = MessageDigest.getInstance("SHA-256");
					for (int i = 0; i < files[f].length; i += 1 << 16) {
						digest.update(files[f], i, Math.min(1 << 16, files[f].length - i));
					}
					digest.digest();
					sha[f][r] = (System.nanoTime() - t0) / 1e9;
				}
			}
			int m = ROUNDS / 2;
			for (int path = 0; path < 2; path++) {
				for (double[] a : wall[path]) {
					Arrays.sort(a);
				}
				for (double[] a : cpu[path]) {
					Arrays.sort(a);
				}
				System.out.printf(Locale.ROOT,
						"%s: digits %.3f s best, %.3f median, %.3f CPU median; labels %.3f s best, %.3f median, "
								+ "%.3f CPU median; labels / digits %.2fx best, %.2fx medians, %.2fx CPU%n",
						path == 1 ? "bytes in place" : "decoded first", wall[path][0][0], wall[path][0][m],
						cpu[path][0][m], wall[path][1][0], wall[path][1][m], cpu[path][1][m],
						wall[path][1][0] / wall[path][0][0], wall[path][1][m] / wall[path][0][m],
						cpu[path][1][m] / cpu[path][0][m]);
			}
			Arrays.sort(sha[0]);
			Arrays.sort(sha[1]);
			System.out.printf(Locale.ROOT, "SHA-256: digits %.3f s, labels %.3f s (medians)%n", sha[0][m], sha[1][m]);
		}
		finally {
			SurveyGenerator.deleteQuietly(dir);
		}
	}

}
