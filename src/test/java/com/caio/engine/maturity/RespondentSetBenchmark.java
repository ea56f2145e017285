package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the duplicate-respondent check costs an id, in heap (used after a collection, so a
 * figure, not a guarantee) and time, for the ids survey tools write. Run:
 * {@code mvn -o test -Dtest=RespondentSetBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RespondentSetBenchmark {

	private static final int IDS = 3_000_000;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	@Test
	void bytesAndTimeAnId() {
		measure("numbered R1..R3000000", i -> "R" + (i + 1));
		measure("11 digits about 1,000 apart", i -> Long.toString(10_000_000_000L + i * 997L + (i * 31L) % 997));
		SplittableRandom random = new SplittableRandom(18);
		measure("Qualtrics-style R_ and 15 random characters", i -> {
			StringBuilder id = new StringBuilder("R_");
			for (int k = 0; k < 15; k++) {
				id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			return id.toString();
		});
		measure("e-mail addresses", i -> "user" + i + "@example.com");
	}

	private static void measure(String kind, IntFunction<String> id) {
		String[] ids = new String[IDS];
		for (int i = 0; i < IDS; i++) {
			ids[i] = id.apply(i);
		}
		RespondentSet warm = new RespondentSet();
		for (String value : ids) {
			// once to let the JIT compile the path, so the time is not the interpreter's
			warm.add(value);
		}
		warm = null;
		long before = usedAfterCollection();
		long start = System.nanoTime();
		RespondentSet set = new RespondentSet();
		for (String value : ids) {
			set.add(value);
		}
		long nanos = System.nanoTime() - start;
		long bytes = usedAfterCollection() - before;
		assertThat(set.size()).isEqualTo(IDS);
		// the ids were live at both measurements, so only the set's own bytes count
		java.lang.ref.Reference.reachabilityFence(ids);
		System.out.printf(Locale.ROOT, "%-45s %6.1f bytes an id, %5.0f ns an id%n", kind, (double) bytes / IDS,
				(double) nanos / IDS);
	}

	private static long usedAfterCollection() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
