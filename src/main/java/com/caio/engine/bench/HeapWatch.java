package com.caio.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how much live heap a piece of work holds: while it runs, a sampler forces a
 * full collection every {@value #PERIOD_MS} ms (or nine times as long as the last
 * collection took, so collections take at most a tenth of the time on a large heap) and
 * records the heap still in use, so garbage the work creates and drops is not counted but
 * what it keeps (buffers, tallies, sets of ids) is. The forced collections slow the work
 * down: measure speed in a separate run.
 */
public final class HeapWatch implements AutoCloseable {

	static final long PERIOD_MS = 100;

	private final AtomicLong max = new AtomicLong();

	private final long baseline;

	private final Thread sampler;

	private volatile boolean running = true;

	public HeapWatch() {
		baseline = liveHeap();
		max.set(baseline);
		sampler = new Thread(this::sample, "heap-watch");
		sampler.setDaemon(true);
		sampler.start();
	}

	/** What a piece of work made, and the live heap it held while it ran. */
	public record Watched<T>(T result, long growthBytes) {
	}

	/** Runs the work under a watch. */
	public static <T> Watched<T> watch(Benchmark.Work<T> work) throws IOException {
		try (HeapWatch watch = new HeapWatch()) {
			T result = work.run();
			watch.close();
			return new Watched<>(result, watch.growthBytes());
		}
	}

	/** Heap in use after a full collection. */
	public static long liveHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private void sample() {
		while (running) {
			long start = System.nanoTime();
			max.accumulateAndGet(liveHeap(), Math::max);
			long tookMs = (System.nanoTime() - start) / 1_000_000;
			try {
				Thread.sleep(Math.max(PERIOD_MS, 9 * tookMs));
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/** The largest live heap seen, less the live heap before the work started. */
	public long growthBytes() {
		return max.get() - baseline;
	}

	@Override
	public void close() {
		running = false;
		sampler.interrupt();
		try {
			sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
