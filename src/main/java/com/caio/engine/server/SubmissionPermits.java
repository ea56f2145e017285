package com.caio.engine.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one pool of {@code caio.scoring.max-concurrent} permits for scoring, whoever asks:
 * a submission to the API ({@link ScoringLimiter}) and an upload from the workspace's
 * pages. The memory budget is this many working sets, however the work arrives.
 */
@Component
public class SubmissionPermits {

	private final Semaphore permits;

	private final int max;

	SubmissionPermits(@Value("${caio.scoring.max-concurrent:2}") int max) {
		if (max < 1) {
			throw new IllegalArgumentException("caio.scoring.max-concurrent must be at least 1, not " + max);
		}
		this.permits = new Semaphore(max, true);
		this.max = max;
	}

	/** How many may score at once. */
	public int max() {
		return max;
	}

	/** Takes a permit if one frees within {@code wait}; false otherwise. */
	boolean tryAcquire(Duration wait) {
		try {
			return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		permits.release();
	}

	/**
	 * Does {@code work} holding a permit, waiting for one as long as it takes (the upload
	 * is already on disk; waiting holds no working set).
	 */
	public <T> T run(Supplier<T> work) {
		permits.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			permits.release();
		}
	}

}
