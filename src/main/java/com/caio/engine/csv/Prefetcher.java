package com.caio.engine.csv;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses CSV records on a second thread, a batch ahead of the one that uses them, so
 * parsing and the work on each row run on two cores. Records, and a parse error where the
 * file breaks, arrive in file order, exactly as a plain reader would give them.
 */
final class Prefetcher<T> implements CsvRows.Records<T>, AutoCloseable {

	/**
	 * Where records come from: the plain, single-threaded reader (and whatever work on
	 * each the caller hands to the second thread).
	 */
	interface Source<T> {

		T read() throws CsvFormatException;

	}

	private static final int BATCH = 512;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);

	private final Thread thread;

	private Object[] batch;

	private int index;

	private boolean done;

	Prefetcher(Source<T> source) {
		this.thread = new Thread(() -> produce(source), "csv-prefetch");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void produce(Source<T> source) {
		try {
			while (true) {
				Object[] rows = new Object[BATCH];
				int n = 0;
				Object failure = null;
				try {
					T row;
					while (n < BATCH && (row = source.read()) != null) {
						rows[n++] = row;
					}
				}
				catch (RuntimeException ex) {
					failure = ex;
				}
				// the records before a parse error are delivered before the error
				if (n > 0) {
					queue.put(n == BATCH ? rows : Arrays.copyOf(rows, n));
				}
				if (failure != null || n < BATCH) {
					queue.put(failure != null ? failure : END);
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public T next() throws CsvFormatException {
		while (batch == null || index == batch.length) {
			if (done) {
				return null;
			}
			Object item = take();
			if (item == END) {
				done = true;
				return null;
			}
			if (item instanceof CsvFormatException ex) {
				done = true;
				throw ex;
			}
			if (item instanceof RuntimeException ex) {
				done = true;
				throw ex;
			}
			batch = (Object[]) item;
			index = 0;
		}
		return (T) batch[index++];
	}

	private Object take() throws CsvFormatException {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CsvFormatException(0, 1, "reading was interrupted");
		}
	}

	/**
	 * Stops the parsing thread, e.g. when the caller gives up before the end of the file.
	 */
	@Override
	public void close() {
		thread.interrupt();
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
