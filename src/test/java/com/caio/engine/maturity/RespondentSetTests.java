package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

/**
 * The duplicate-respondent set is exact: it agrees with a {@code HashSet<String>} on
 * every kind of id a survey tool writes, numbered or not, dense or sparse, and never
 * takes two different ids for one.
 */
class RespondentSetTests {

	private final SplittableRandom random = new SplittableRandom(18);

	@Test
	void numberedIdsWithAndWithoutLeadingZerosAreDifferentIds() {
		RespondentSet set = new RespondentSet();
		assertThat(set.add("R7")).isTrue();
		assertThat(set.add("R07")).isTrue();
		assertThat(set.add("R007")).isTrue();
		assertThat(set.add("7")).isTrue();
		assertThat(set.add("07")).isTrue();
		assertThat(set.add("r7")).isTrue();
		assertThat(set.add("R-7")).isTrue();
		assertThat(set.add("R07")).isFalse();
		assertThat(set.add("7")).isFalse();
		assertThat(set.add("R0")).isTrue();
		assertThat(set.add("R00")).isTrue();
		assertThat(set.size()).isEqualTo(9);
	}

	@Test
	void agreesWithAHashSetOnDenseNumberedIds() {
		agrees(n -> "R" + (1 + random.nextLong(300_000)), 400_000);
		agrees(n -> Long.toString(random.nextLong(300_000)), 400_000);
		agrees(n -> String.format("resp-%06d", random.nextLong(300_000)), 400_000);
	}

	@Test
	void agreesWithAHashSetOnSparseNumbersTheSetMovesToStrings() {
		// 11 digits far apart (SurveyMonkey's ids): pages would cost more than the ids
		agrees(n -> Long.toString(10_000_000_000L + random.nextLong(90_000_000_000L)), 200_000);
		// some repeated, so duplicates after the move are still found
		agrees(n -> "S" + (random.nextInt(3) == 0 ? n / 3 : random.nextLong(1L << 40)), 200_000);
	}

	@Test
	void agreesWithAHashSetOnIdsWithoutANumberAtTheEnd() {
		agrees(n -> "user" + random.nextInt(200_000) + "@example.com", 300_000);
		agrees(n -> "R_" + Long.toString(random.nextLong(1L << 20), 36) + "x", 300_000);
		agrees(n -> "Ünïcødé-" + random.nextInt(100_000) + "-ñ", 200_000);
		// 19 digits and more are beyond a long: kept as strings
		agrees(n -> "1234567890123456789" + random.nextInt(100_000), 200_000);
	}

	@Test
	void agreesWithAHashSetOnManyPrefixesAndTwoPartKeys() {
		// more prefixes than the set keeps bitmaps for
		agrees(n -> "team" + random.nextInt(1_000) + "-" + random.nextInt(500), 300_000);
		RespondentSet set = new RespondentSet();
		Set<String> reference = new HashSet<>();
		for (int i = 0; i < 300_000; i++) {
			String question = "GOV-0" + random.nextInt(8);
			String respondent = "R" + random.nextInt(40_000);
			boolean added = set.add(question, respondent);
			if (added != reference.add(question + "|" + respondent)) {
				fail("the set says " + question + "/" + respondent + " was " + (added ? "new" : "there"));
			}
		}
		assertThat(set.size()).isEqualTo(reference.size());
	}

	@Test
	void keepsVeryLongIdsExactly() {
		String base = "x".repeat(40_000);
		String longer = "y".repeat(300_000);
		RespondentSet set = new RespondentSet();
		assertThat(set.add(base + "a")).isTrue();
		assertThat(set.add(base + "b")).isTrue();
		assertThat(set.add(longer)).isTrue();
		assertThat(set.add("short")).isTrue();
		assertThat(set.add(base + "a")).isFalse();
		assertThat(set.add(longer)).isFalse();
		assertThat(set.add(longer + "z")).isTrue();
		assertThat(set.add("short")).isFalse();
	}

	private void agrees(LongFunction<String> id, int count) {
		RespondentSet set = new RespondentSet();
		Set<String> reference = new HashSet<>();
		for (long n = 0; n < count; n++) {
			String value = id.apply(n);
			boolean added = set.add(value);
			if (added != reference.add(value)) {
				fail("the set says '" + value + "' was " + (added ? "new" : "there") + "; a HashSet says the opposite");
			}
		}
		assertThat(set.size()).isEqualTo(reference.size());
	}

}
