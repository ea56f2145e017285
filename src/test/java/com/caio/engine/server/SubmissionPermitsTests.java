package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * One pool for every way work arrives: while a page upload scores under a permit, the
 * API's limiter finds none free, and gets it back when the upload is done.
 */
class SubmissionPermitsTests {

	@Test
	void workHoldsItsPermitUntilItIsDoneAndTheApiSeesItTaken() {
		SubmissionPermits permits = new SubmissionPermits(1);
		Boolean freeDuringWork = permits.run(() -> {
			boolean free = permits.tryAcquire(Duration.ZERO);
			if (free) {
				permits.release();
			}
			return free;
		});
		assertThat(freeDuringWork).isFalse();
		assertThat(permits.tryAcquire(Duration.ZERO)).as("released after the work").isTrue();
		permits.release();
		assertThatThrownBy(() -> permits.run(() -> {
			throw new IllegalStateException("refused");
		})).hasMessage("refused");
		assertThat(permits.tryAcquire(Duration.ZERO)).as("released after a failure too").isTrue();
	}

	@Test
	void fewerThanOnePermitIsRefusedByName() {
		assertThatThrownBy(() -> new SubmissionPermits(0)).hasMessageContaining("caio.scoring.max-concurrent");
	}

}
