package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The duplicate-respondent set agrees with a plain HashSet, across growth and the zero
 * value.
 */
class LongHashSetTests {

	@Test
	void agreesWithAHashSetOnMillionsOfValues() {
		LongHashSet set = new LongHashSet();
		Set<Long> reference = new HashSet<>();
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 1_000_000; i++) {
			// a small range, so about a third of the values repeat
			long value = random.nextLong(1_500_000) - 1000;
			assertThat(set.add(value)).isEqualTo(reference.add(value));
		}
		assertThat(set.size()).isEqualTo(reference.size());
	}

	@Test
	void hashesOfDifferentIdsDiffer() {
		assertThat(LongHashSet.hash("R1")).isNotEqualTo(LongHashSet.hash("R2"));
		assertThat(LongHashSet.hash("R1", "GOV-01")).isNotEqualTo(LongHashSet.hash("R1", "GOV-02"));
		assertThat(LongHashSet.hash("R1", "GOV-01")).isEqualTo(LongHashSet.hash("R1", "GOV-01"));
	}

}
