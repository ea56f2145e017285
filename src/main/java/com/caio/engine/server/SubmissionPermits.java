package com.caio.engine.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one pool of {@code caio.scoring.max-concurrent} permits for scoring, whoever asks:
 * a submission to the API ({@link ScoringLimiter}) and an upload from the workspace's
 * pages. The memory budget is this many working sets, however the work arrives. A
 * submission to the API of at most {@code caio.scoring.small-upload} bytes (by its
 * {@code Content-Length}) takes a permit from a second pool of
 * {@code caio.scoring.max-concurrent-small} instead, so a 50-row register does not wait
 * behind a 500 MB survey; the budget grows by that many small working sets.
 */
@Component
public class SubmissionPermits {

	private final Semaphore permits;

	private final int max;

	private final Semaphore small;

	private final int maxSmall;

	private final long smallBytes;

	/** One pool only (no submission counts as small). */
	SubmissionPermits(int max) {
		this(max, 0, DataSize.ofBytes(0));
	}

	@Autowired
	SubmissionPermits(@Value("${caio.scoring.max-concurrent:2}") int max,
			@Value("${caio.scoring.max-concurrent-small:8}") int maxSmall,
			@Value("${caio.scoring.small-upload:256KB}") DataSize smallUpload) {
		if (max < 1) {
			throw new IllegalArgumentException("caio.scoring.max-concurrent must be at least 1, not " + max);
		}
		if (maxSmall < 0) {
			throw new IllegalArgumentException(
					"caio.scoring.max-concurrent-small must not be negative, not " + maxSmall);
		}
		this.permits = new Semaphore(max, true);
		this.max = max;
		this.small = new Semaphore(maxSmall, true);
		this.maxSmall = maxSmall;
		this.smallBytes = maxSmall == 0 ? -1 : smallUpload.toBytes();
	}

	/** How many may score at once. */
	public int max() {
		return max;
	}

	/** How many small submissions may score at once, beside {@link #max()}. */
	int maxSmall() {
		return maxSmall;
	}

	/**
	 * Whether a request body of {@code contentLength} bytes (-1: not said, as when
	 * chunked) takes its permit from the small pool.
	 */
	boolean isSmall(long contentLength) {
		return contentLength >= 0 && contentLength <= smallBytes;
	}

	/** Takes a permit if one frees within {@code wait}; false otherwise. */
	boolean tryAcquire(Duration wait) {
		return tryAcquire(false, wait);
	}

	/**
	 * Takes a permit of the small pool or the main one if one frees within {@code wait}.
	 */
	boolean tryAcquire(boolean fromSmall, Duration wait) {
		try {
			return (fromSmall ? small : permits).tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		release(false);
	}

	void release(boolean toSmall) {
		(toSmall ? small : permits).release();
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
