package com.caio.engine.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (a leading byte-order mark is skipped) and knows where every
 * byte is. A bad byte is reported only when the reader reaches it, after every character
 * before it has been delivered, so the error names the line it is really on, not the line
 * a read-ahead buffer had reached.
 */
public final class StrictUtf8Reader extends Reader {

	private static final int BUFFER = 1 << 16;

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes;

	/** The file offset of {@code bytes.array()[0]}. */
	private long base;

	private long line = 1;

	/** The file offset of the first byte of the current line. */
	private long lineStart;

	private boolean eof;

	private boolean started;

	private boolean flushed;

	private NotUtf8Exception pending;

	/**
	 * The low surrogate of a character whose high one was the only char a read had room
	 * for, or 0.
	 */
	private char low;

	public StrictUtf8Reader(InputStream in) {
		this(in, BUFFER);
	}

	/**
	 * With a byte buffer of the given size: a small file needs no 64 KiB buffer (small
	 * sizes also test the buffer boundaries).
	 */
	public StrictUtf8Reader(InputStream in, int bufferSize) {
		this.in = in;
		this.bytes = ByteBuffer.allocate(Math.max(bufferSize, 4));
		this.bytes.flip();
	}

	/** A whole file as text; a bad byte is reported with its line and offset. */
	public static String decode(byte[] content) throws NotUtf8Exception {
		StringBuilder text = new StringBuilder(content.length);
		char[] chunk = new char[8192];
		try (StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(content))) {
			int n;
			while ((n = reader.read(chunk, 0, chunk.length)) >= 0) {
				text.append(chunk, 0, n);
			}
		}
		catch (NotUtf8Exception ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	@Override
	public int read(char[] cbuf, int off, int len) throws IOException {
		if (pending != null) {
			throw pending;
		}
		if (len == 0) {
			return 0;
		}
		if (low != 0) {
			cbuf[off] = low;
			low = 0;
			return 1;
		}
		if (!started) {
			start();
		}
		if (flushed) {
			return -1;
		}
		CharBuffer out = CharBuffer.wrap(cbuf, off, len);
		while (true) {
			int before = bytes.position();
			CoderResult result = decoder.decode(bytes, out, eof);
			countLines(before, bytes.position());
			if (result.isError()) {
				pending = badByte();
				break;
			}
			if (result.isOverflow() && out.position() == off) {
				// a character of two chars, and room for one: its high surrogate now, its
				// low one next (returning nothing here would read as the end of the file)
				CharBuffer pair = CharBuffer.allocate(2);
				before = bytes.position();
				decoder.decode(bytes, pair, eof);
				countLines(before, bytes.position());
				cbuf[off] = pair.get(0);
				low = pair.get(1);
				return 1;
			}
			if (result.isOverflow() || out.position() > off) {
				break;
			}
			if (eof) {
				decoder.flush(out);
				flushed = true;
				break;
			}
			fill();
		}
		int n = out.position() - off;
		if (n > 0) {
			return n;
		}
		if (pending != null) {
			throw pending;
		}
		return -1;
	}

	private void start() throws IOException {
		started = true;
		fill();
		byte[] a = bytes.array();
		if (bytes.remaining() >= 3 && (a[0] & 0xFF) == 0xEF && (a[1] & 0xFF) == 0xBB && (a[2] & 0xFF) == 0xBF) {
			bytes.position(3);
		}
	}

	/** Keeps the bytes not yet decoded and reads more after them. */
	private void fill() throws IOException {
		base += bytes.position();
		bytes.compact();
		while (bytes.hasRemaining()) {
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			if (n < 0) {
				eof = true;
				break;
			}
			bytes.position(bytes.position() + n);
			if (n == 0) {
				break;
			}
		}
		bytes.flip();
	}

	private void countLines(int from, int to) {
		byte[] a = bytes.array();
		for (int i = from; i < to; i++) {
			if (a[i] == '\n') {
				line++;
				lineStart = base + i + 1;
			}
		}
	}

	private NotUtf8Exception badByte() {
		long offset = base + bytes.position();
		int value = bytes.get(bytes.position()) & 0xFF;
		return new NotUtf8Exception(line, offset - lineStart + 1, offset, value);
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
