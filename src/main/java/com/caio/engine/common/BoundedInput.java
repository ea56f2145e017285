package com.caio.engine.common;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a body whole only when it is small: the length is checked while the bytes arrive,
 * so a body larger than the limit costs at most the limit in memory, whatever its
 * declared length (or none, when chunked).
 */
public final class BoundedInput {

	private BoundedInput() {
	}

	/**
	 * All the bytes of {@code in}, at most {@code maxBytes}.
	 * @param what names the body in the refusal, e.g. the file name
	 * @throws PayloadTooLargeException as soon as byte {@code maxBytes + 1} arrives
	 */
	public static byte[] readAll(InputStream in, int maxBytes, String what) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
		byte[] buffer = new byte[8192];
		long total = 0;
		try {
			int n;
			while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1L - total))) > 0) {
				total += n;
				if (total > maxBytes) {
					throw new PayloadTooLargeException(what, maxBytes);
				}
				out.write(buffer, 0, n);
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + what, ex);
		}
	}

	/**
	 * {@code in}, failing with {@link PayloadTooLargeException} as soon as more than
	 * {@code maxBytes} have been read from it: for bodies streamed to disk.
	 */
	public static InputStream limit(InputStream in, long maxBytes, String what) {
		return new FilterInputStream(in) {

			private long count;

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					counted(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					counted(n);
				}
				return n;
			}

			private void counted(int n) {
				count += n;
				if (count > maxBytes) {
					throw new PayloadTooLargeException(what, maxBytes);
				}
			}
		};
	}

	/**
	 * A body over its limit: a refusal (CLI exit 1) that the REST API answers with 413
	 * and the limit.
	 */
	public static class PayloadTooLargeException extends Refusal {

		private final String name;

		private final long limit;

		public PayloadTooLargeException(String name, long limit) {
			super(name, "larger than " + limit + " bytes, the most accepted here", null);
			this.name = name;
			this.limit = limit;
		}

		/** The body's name, e.g. its file name. */
		public String name() {
			return name;
		}

		public long limit() {
			return limit;
		}

	}

}
