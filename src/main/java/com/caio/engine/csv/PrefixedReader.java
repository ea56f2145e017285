package com.caio.engine.csv;

import java.io.IOException;
import java.io.Reader;

/** Gives the characters of {@code prefix}, then those of {@code rest}. */
final class PrefixedReader extends Reader {

	private final CharSequence prefix;

	private final Reader rest;

	private int next;

	PrefixedReader(CharSequence prefix, Reader rest) {
		this.prefix = prefix;
		this.rest = rest;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (next < prefix.length()) {
			int n = Math.min(length, prefix.length() - next);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = prefix.charAt(next + i);
			}
			next += n;
			return n;
		}
		return rest.read(buffer, offset, length);
	}

	@Override
	public void close() throws IOException {
		rest.close();
	}

}
