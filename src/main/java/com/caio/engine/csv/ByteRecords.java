package com.caio.engine.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.caio.engine.input.NotUtf8Exception;

/**
 * The records of a CSV file read from its UTF-8 bytes in place, as {@link CsvRows} reads
 * them through {@code StrictUtf8Reader}, {@code BufferedReader} and OpenCSV's
 * {@code CSVReader} with {@link SplittingParser}, and with the same results: lines end at
 * LF, CR or CRLF; a leading byte-order mark is skipped; every line is checked to be UTF-8
 * when it is reached, and a bad byte is refused with the same words, line and byte of the
 * line; the separator is detected from the first line alike. A line without a quote is
 * split at its separator bytes, a line whose quoted fields are whole is unquoted in one
 * pass, and the fields are regions of the bytes ({@link CsvLine#bytes()}): nothing is
 * decoded until asked for. Any other line (a quote inside an unquoted field, text after a
 * closing quote, a quoted field going on past the line) is decoded and handed, with the
 * lines after it while its quote is open, to a {@link SplittingParser} as
 * {@code CSVReader} does, with its limit of {@link CsvRows#MULTILINE_LIMIT} lines a
 * record. For one thread.
 */
final class ByteRecords implements AutoCloseable {

	private static final byte QUOTE = '"';

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH = 0x8080808080808080L;

	/**
	 * Subtracted from a long, with the high bits masked, flags the bytes below CR + 1.
	 */
	private static final long CONTROLS = ONES * ('\r' + 1);

	private static final long QUOTES = ONES * QUOTE;

	/** The separator in every byte of a long. */
	private final long separators;

	/** The field ends of the line being read. */
	private int[] scratch = new int[16];

	private final InputStream in;

	private byte[] buf;

	/** The first byte not yet read as a record. */
	private int pos;

	private int limit;

	/** The file offset of {@code buf[0]}. */
	private long base;

	private boolean eof;

	private final byte separator;

	/** Physical lines read, as {@code BufferedReader.readLine} counts them. */
	private long linesRead;

	/** The line (counting LFs only) of {@link #pos}, for a bad byte's position. */
	private long lfLine = 1;

	/** The file offset of the first byte after the last LF before {@link #pos}. */
	private long lfLineStart;

	private final SplittingParser hard;

	private int expected = 1;

	ByteRecords(InputStream in, int bufferSize) throws CsvFormatException {
		this.in = in;
		this.buf = new byte[Math.max(bufferSize, 16)];
		try {
			while (limit < 3 && !eof) {
				more();
			}
			if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
				pos = 3;
			}
			this.separator = (byte) detectSeparator();
		}
		catch (IOException ex) {
			throw new CsvFormatException(1, 1, "cannot read the file: " + ex.getMessage());
		}
		this.hard = new SplittingParser((char) separator);
		this.separators = ONES * separator;
	}

	char separator() {
		return (char) separator;
	}

	/** How many fields a record usually has (sizes the field arrays). */
	void expect(int fields) {
		this.expected = Math.max(fields, 1);
		if (scratch.length <= expected) {
			scratch = new int[expected + 1];
		}
	}

	/**
	 * The next record, blank or not, or null at the end of the file. A record with bytes
	 * is a region of a read buffer that is never written again, so it may be kept and
	 * read on another thread.
	 */
	CsvLine next() throws CsvFormatException {
		try {
			return read();
		}
		catch (IOException ex) {
			// as CsvRows words an I/O error while reading a record
			throw new CsvFormatException(linesRead + 1, 1, CsvRows.describe(ex));
		}
	}

	private CsvLine read() throws IOException, CsvFormatException {
		long start = linesRead + 1;
		while (true) {
			// one pass over the line, eight bytes at a time: the separators, the line
			// end, and whether there is a quote or a byte that is not ASCII
			byte[] b = buf;
			int[] ends = scratch;
			int fields = 0;
			boolean ascii = true;
			boolean quoted = false;
			long seps = separators;
			int i = pos;
			int eol = -1;
			int end = limit;
			words: while (i + 8 <= end) {
				long w = (long) LONGS.get(b, i);
				// every byte that may be one of them is flagged (and a few more, checked)
				long hits = (w & HIGH) | ((w - CONTROLS) & ~w & HIGH) | zero(w ^ seps) | zero(w ^ QUOTES);
				while (hits != 0) {
					int at = i + (Long.numberOfTrailingZeros(hits) >>> 3);
					hits &= hits - 1;
					byte c = b[at];
					if (c == separator) {
						if (fields == ends.length - 1) {
							ends = scratch = Arrays.copyOf(ends, 2 * ends.length);
						}
						ends[fields++] = at;
					}
					else if (c == '\n' || c == '\r') {
						eol = at;
						break words;
					}
					else if (c == QUOTE) {
						quoted = true;
					}
					else if (c < 0) {
						ascii = false;
					}
				}
				i += 8;
			}
			if (eol < 0) {
				for (; i < end; i++) {
					byte c = b[i];
					if (c == separator) {
						if (fields == ends.length - 1) {
							ends = scratch = Arrays.copyOf(ends, 2 * ends.length);
						}
						ends[fields++] = i;
					}
					else if (c == '\n' || c == '\r') {
						eol = i;
						break;
					}
					else if (c == QUOTE) {
						quoted = true;
					}
					else if (c < 0) {
						ascii = false;
					}
				}
			}
			if (eol < 0 || (eol == end - 1 && b[eol] == '\r')) {
				if (!eof) {
					// the line goes on past the bytes read, or a CR may be followed by LF
					more();
					continue;
				}
				if (eol < 0) {
					if (pos == end) {
						return null;
					}
					eol = end;
				}
			}
			int from = pos;
			if (!ascii) {
				check(from, eol);
			}
			if (!quoted) {
				ends[fields++] = eol;
				consume(eol);
				return CsvLine.ofBytes(start, b, from, Arrays.copyOf(ends, fields));
			}
			CsvLine whole = unquote(start, from, eol);
			if (whole != null) {
				consume(eol);
				return whole;
			}
			return readHard(start, eol);
		}
	}

	/**
	 * A byte of 0x80 in each place where {@code x} has a zero byte, and maybe in some
	 * above the lowest.
	 */
	private static long zero(long x) {
		return (x - ONES) & ~x & HIGH;
	}

	/**
	 * A record that starts with a line the fast paths do not take, read as
	 * {@code CSVReader} reads it: decoded lines handed to the parser while a quote is
	 * open.
	 */
	private CsvLine readHard(long start, int eol) throws IOException, CsvFormatException {
		String[] result = null;
		int lines = 0;
		try {
			while (true) {
				lines++;
				if (lines > CsvRows.MULTILINE_LIMIT) {
					throw new CsvFormatException(start, 1, CsvRows.UNTERMINATED);
				}
				String text = new String(buf, pos, eol - pos, StandardCharsets.UTF_8);
				consume(eol);
				String[] values = hard.parseLineMulti(text);
				if (values.length > 0) {
					result = result == null ? values : combine(result, values);
				}
				if (!hard.isPending()) {
					return CsvLine.of(start, result);
				}
				eol = lineEnd();
				if (eol < 0) {
					throw new CsvFormatException(start, 1, CsvRows.UNTERMINATED);
				}
				check(pos, eol);
			}
		}
		catch (IOException ex) {
			// what the parser throws: the words CsvRows gives for it
			throw new CsvFormatException(start, 1, CsvRows.describe(ex));
		}
	}

	private static String[] combine(String[] first, String[] more) {
		String[] all = Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

	/**
	 * The line {@code [from, to)} as a record of its values joined by the separator, if
	 * its quoted fields are whole (as {@code SplittingParser.unquote} reads a line), else
	 * null.
	 */
	private CsvLine unquote(long start, int from, int to) {
		byte[] b = buf;
		byte sep = separator;
		byte[] out = new byte[to - from];
		int length = 0;
		int[] ends = new int[expected];
		int fields = 0;
		int i = from;
		while (true) {
			if (fields == ends.length) {
				ends = Arrays.copyOf(ends, 2 * ends.length);
			}
			if (i < to && b[i] == QUOTE) {
				i++;
				while (true) {
					int quote = indexOf(b, QUOTE, i, to);
					if (quote < 0) {
						return null;
					}
					System.arraycopy(b, i, out, length, quote - i);
					length += quote - i;
					if (quote + 1 < to && b[quote + 1] == QUOTE) {
						out[length++] = QUOTE;
						i = quote + 2;
					}
					else {
						i = quote + 1;
						break;
					}
				}
				if (i < to && b[i] != sep) {
					return null;
				}
			}
			else {
				int next = indexOf(b, sep, i, to);
				int end = next < 0 ? to : next;
				if (indexOf(b, QUOTE, i, end) >= 0) {
					return null;
				}
				System.arraycopy(b, i, out, length, end - i);
				length += end - i;
				i = end;
			}
			ends[fields++] = length;
			if (i == to) {
				break;
			}
			out[length++] = sep;
			i++;
		}
		return CsvLine.ofBytes(start, out, 0, fields == ends.length ? ends : Arrays.copyOf(ends, fields));
	}

	private static int indexOf(byte[] b, byte c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] == c) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The end of the line at {@link #pos} (its LF or CR, or the end of the file), with
	 * the byte after a CR in the buffer; -1 at the end of the file. May move the buffer's
	 * contents.
	 */
	private int lineEnd() throws IOException {
		int scanned = pos;
		while (true) {
			byte[] b = buf;
			for (int i = scanned; i < limit; i++) {
				byte c = b[i];
				if (c == '\n' || c == '\r') {
					if (c == '\r' && i + 1 == limit && !eof) {
						scanned = i;
						break;
					}
					return i;
				}
				scanned = i + 1;
			}
			if (eof) {
				return pos < limit ? limit : -1;
			}
			scanned -= more();
		}
	}

	/** Steps past the line ending at {@code eol} and its line break. */
	private void consume(int eol) {
		linesRead++;
		if (eol == limit) {
			pos = limit;
			return;
		}
		int next = eol + 1;
		if (buf[eol] == '\r' && next < limit && buf[next] == '\n') {
			next++;
		}
		if (buf[next - 1] == '\n') {
			lfLine++;
			lfLineStart = base + next;
		}
		pos = next;
	}

	/**
	 * Reads more of the file after what is left from {@link #pos}, which moves to the
	 * start of the buffer (the buffer grows if that is full); the distance moved.
	 */
	private int more() throws IOException {
		int moved = pos;
		if (pos > 0 || limit == buf.length) {
			// a new buffer, not the old one compacted: the records already handed out
			// are regions of the old one, and may be read on another thread
			byte[] next = new byte[limit - pos < buf.length / 2 ? buf.length : 2 * buf.length];
			System.arraycopy(buf, pos, next, 0, limit - pos);
			buf = next;
			base += pos;
			limit -= pos;
			pos = 0;
		}
		while (true) {
			int n = in.read(buf, limit, buf.length - limit);
			if (n < 0) {
				eof = true;
				break;
			}
			if (n > 0) {
				limit += n;
				break;
			}
		}
		return moved;
	}

	/** Refuses the first byte of {@code [from, to)} that is not UTF-8, if any. */
	private void check(int from, int to) throws CsvFormatException {
		int bad = Utf8.invalidAt(buf, from, to);
		if (bad >= 0) {
			throw notUtf8(bad, lfLine, lfLineStart);
		}
	}

	private CsvFormatException notUtf8(int at, long line, long lineStart) {
		long offset = base + at;
		NotUtf8Exception ex = new NotUtf8Exception(line, offset - lineStart + 1, offset, buf[at] & 0xFF);
		return new CsvFormatException(ex.line(), (int) Math.min(ex.column(), Integer.MAX_VALUE), ex.getMessage());
	}

	/**
	 * As {@code CsvRows.detectSeparator}: whichever of comma, semicolon and tab occurs
	 * most outside quotes in the first line, counted in characters up to
	 * {@link CsvRows#HEADER_LIMIT}; the bytes are checked as they are reached.
	 */
	private char detectSeparator() throws IOException, CsvFormatException {
		SeparatorCount count = new SeparatorCount();
		int length = 0;
		long line = 1;
		long lineStart = 0;
		int i = pos;
		while (true) {
			if (i + 4 > limit && !eof) {
				i -= more();
				continue;
			}
			if (i >= limit) {
				break;
			}
			int c = buf[i];
			int size = 1;
			if (c < 0) {
				size = Utf8.sequence(buf, i, limit);
				if (size <= 0) {
					throw notUtf8(i, line, lineStart);
				}
			}
			if (!count.quoted() && (c == '\n' || c == '\r')) {
				break;
			}
			length += size == 4 ? 2 : 1;
			if (length > CsvRows.HEADER_LIMIT) {
				throw new CsvFormatException(1, 1, CsvRows.HEADER_TOO_LONG);
			}
			if (count.quoted() && c == '\n') {
				line++;
				lineStart = base + i + 1;
			}
			count.add(c);
			i += size;
		}
		return count.separator();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Strict UTF-8, as Java's decoder reads it. */
	static final class Utf8 {

		private Utf8() {
		}

		/**
		 * The first byte of the first sequence in {@code [from, to)} that is not UTF-8,
		 * or -1.
		 */
		static int invalidAt(byte[] b, int from, int to) {
			int i = from;
			while (i < to) {
				if (b[i] >= 0) {
					i++;
					continue;
				}
				int size = sequence(b, i, to);
				if (size <= 0) {
					return i;
				}
				i += size;
			}
			return -1;
		}

		/**
		 * The length of the well-formed sequence of 2-4 bytes at {@code at} (its first
		 * byte not ASCII) within {@code [at, to)}, or 0 if there is none.
		 */
		static int sequence(byte[] b, int at, int to) {
			int lead = b[at] & 0xFF;
			if (lead >= 0xC2 && lead <= 0xDF) {
				return at + 1 < to && continuation(b[at + 1]) ? 2 : 0;
			}
			if (lead >= 0xE0 && lead <= 0xEF) {
				if (at + 2 >= to) {
					return 0;
				}
				int second = b[at + 1] & 0xFF;
				boolean ok = lead == 0xE0 ? second >= 0xA0 && second <= 0xBF
						: lead == 0xED ? second >= 0x80 && second <= 0x9F : second >= 0x80 && second <= 0xBF;
				return ok && continuation(b[at + 2]) ? 3 : 0;
			}
			if (lead >= 0xF0 && lead <= 0xF4) {
				if (at + 3 >= to) {
					return 0;
				}
				int second = b[at + 1] & 0xFF;
				boolean ok = lead == 0xF0 ? second >= 0x90 && second <= 0xBF
						: lead == 0xF4 ? second >= 0x80 && second <= 0x8F : second >= 0x80 && second <= 0xBF;
				return ok && continuation(b[at + 2]) && continuation(b[at + 3]) ? 4 : 0;
			}
			return 0;
		}

		private static boolean continuation(byte c) {
			return (c & 0xC0) == 0x80;
		}

	}

}
