package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.caio.engine.TestWorkspace;
import com.caio.engine.rules.RuleLimits;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Per-request time of ranking a 50-row register through the risk capability (read, rules,
 * ranking, heatmap, roadmap) under the shipped band table and under a 1,000-row table
 * with the same meaning ({@link BandTables}), interleaved in one run; prints both medians
 * and their ratio (issue 18's target: at most 1.2x). Run:
 * {@code mvn -o test -Dtest=RiskTableBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RiskTableBenchmark {

	static final int ROUNDS = 41;

	static final int REQUESTS = 50;

	@Test
	void perRequestRatio() throws Exception {
		RuleRuntime runtime = new RuleRuntime(Path.of("rules"), List.of(),
				new RuleLimits(1_000_000, Duration.ofMinutes(5)));
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		RuleSet shipped = runtime.current();
		RuleRuntime.Candidate big = runtime.compile(BandTables.withThousandRows(runtime.servingFiles()));
		assertThat(big.messages()).isEmpty();
		Path dir = Files.createTempDirectory("caio-bench-bands-");
		byte[] register;
		try {
			RegisterGenerator.write(dir.resolve("register.csv"), 50, 42);
			register = Files.readAllBytes(dir.resolve("register.csv"));
		}
		finally {
			TestWorkspace.deleteRecursively(dir);
		}
		RiskCapability capability = new RiskCapability(id -> Optional.empty());
		long firstBig = System.nanoTime();
		RiskReport bigReport = rank(capability, big.ruleSet(), register);
		firstBig = System.nanoTime() - firstBig;
		assertThat(bigReport).isEqualTo(rank(capability, shipped, register));
		List<Double> base = new ArrayList<>();
		List<Double> thousand = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		long[] cpu = new long[2];
		for (int round = 0; round < ROUNDS + 10; round++) {
			boolean measured = round >= 10; // ten rounds warm the JVM
			long c0 = cpuNanos();
			double a = perRequest(capability, shipped, register);
			long c1 = cpuNanos();
			double b = perRequest(capability, big.ruleSet(), register);
			long c2 = cpuNanos();
			if (measured) {
				base.add(a);
				thousand.add(b);
				ratios.add(b / a);
				cpu[0] += c1 - c0;
				cpu[1] += c2 - c1;
			}
		}
		System.out.printf(Locale.ROOT,
				"BENCH risk 50-row register per request: shipped table %.3f ms, 1,000-row table %.3f ms (medians of %d interleaved rounds of %d requests); wall ratio %.2fx (median of the rounds' ratios %.2fx), process CPU ratio %.2fx; first request under the 1,000-row table %.1f ms; load %.2f%n",
				median(base), median(thousand), ROUNDS, REQUESTS, median(thousand) / median(base), median(ratios),
				(double) cpu[1] / cpu[0], firstBig / 1e6,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		Map<String, byte[]> bigFiles = BandTables.withThousandRows(runtime.servingFiles());
		List<Double> bandShipped = new ArrayList<>();
		List<Double> bandBig = new ArrayList<>();
		for (int round = 0; round < 8; round++) {
			// a new rule set from the compiler's cache: the same rule bases, nothing
			// derived yet
			bandShipped.add(bandOnce(runtime.compile(runtime.servingFiles()).ruleSet()));
			bandBig.add(bandOnce(runtime.compile(bigFiles).ruleSet()));
		}
		System.out.printf(Locale.ROOT,
				"BENCH banding the 25 cells once per rule set: shipped table %.1f ms, 1,000-row table %.1f ms (medians of %s and %s)%n",
				median(bandShipped), median(bandBig), bandShipped, bandBig);
	}

	private static double bandOnce(RuleSet rules) {
		long t0 = System.nanoTime();
		RiskScorer.cellBands(rules);
		return Math.round((System.nanoTime() - t0) / 1e5) / 10.0;
	}

	private static double perRequest(RiskCapability capability, RuleSet rules, byte[] register) throws Exception {
		long t0 = System.nanoTime();
		for (int n = 0; n < REQUESTS; n++) {
			rank(capability, rules, register);
		}
		return (System.nanoTime() - t0) / 1e6 / REQUESTS;
	}

	private static RiskReport rank(RiskCapability capability, RuleSet rules, byte[] register) throws Exception {
		Register read = new RegisterReader().read(new ByteArrayInputStream(register));
		return capability.assess(new RiskInput(read, List.of(), null), rules);
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double median(List<Double> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

}
