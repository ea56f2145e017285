package com.caio.engine.run;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells a listener how many bytes have been read so far, as they are read. */
final class CountingInputStream extends FilterInputStream {

	private final LongConsumer listener;

	private long count;

	CountingInputStream(InputStream in, LongConsumer listener) {
		super(in);
		this.listener = listener;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			advance(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			advance(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		advance(skipped);
		return skipped;
	}

	private void advance(long n) {
		count += n;
		listener.accept(count);
	}

}
