package com.caio.engine.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Function;

import com.caio.engine.input.NotUtf8Exception;
import com.caio.engine.input.StrictUtf8Reader;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;

/**
 * Streams the records of a CSV file as exported by forms tools and spreadsheets: UTF-8
 * with or without a byte-order mark (decoded strictly; a bad byte is reported at its real
 * line and byte offset), comma, semicolon or tab separated (detected from the header),
 * CRLF or LF, quoted as RFC 4180 says (a quote inside a quoted field is doubled; a
 * backslash is an ordinary character, so {@code "C:\"} is the text {@code C:\}). A header
 * line may be up to {@link #HEADER_LIMIT} characters. Each record carries the line it
 * starts on, so errors can name it.
 */
public final class CsvRows implements AutoCloseable {

	/** A quoted field longer than this many lines is taken for an unterminated quote. */
	static final int MULTILINE_LIMIT = 50;

	/**
	 * The longest header line accepted, in characters: 1 MiB, enough for thousands of
	 * long question texts; a longer first line is not a header.
	 */
	public static final int HEADER_LIMIT = 1 << 20;

	/** The read buffer, in characters; a header shorter than this is scanned in place. */
	static final int BUFFER = 1 << 16;

	/** The smallest read buffer, in characters, whatever the stream says is left. */
	static final int MIN_BUFFER = 1 << 13;

	static final String UNTERMINATED = "a quoted field starting on this line is never closed (unterminated quote)";

	static final String HEADER_TOO_LONG = "the header line is longer than " + HEADER_LIMIT
			+ " characters (1 MiB), the longest accepted; is the first line really a header?";

	/** The char path: OpenCSV over the decoded text; null on the byte path. */
	private final CSVReader reader;

	private final SplittingParser parser;

	/** The byte path (see {@link #openBytes}); null on the char path. */
	private final ByteRecords bytes;

	private final String[] header;

	private long linesRead;

	private Prefetcher<?> prefetcher;

	private Prefetcher<CsvRow> rows;

	/** Records one at a time, in file order, then null at the end of the file. */
	public interface Records<T> {

		T next() throws CsvFormatException;

	}

	private CsvRows(BufferedReader text, char separator) throws CsvFormatException {
		this.parser = new SplittingParser(separator);
		// verifyReader would peek a character before each line and take a bad byte
		// there for the end of the file, dropping the rest of it without a word
		this.reader = new CSVReaderBuilder(text).withCSVParser(parser)
			.withMultilineLimit(MULTILINE_LIMIT)
			.withKeepCarriageReturn(false)
			.withVerifyReader(false)
			.build();
		this.bytes = null;
		this.header = readHeader();
	}

	private CsvRows(ByteRecords bytes) throws CsvFormatException {
		this.reader = null;
		this.parser = null;
		this.bytes = bytes;
		this.header = readHeader();
	}

	private String[] readHeader() throws CsvFormatException {
		CsvRow first = next();
		if (first == null) {
			throw new CsvFormatException(1, 1, "the file is empty; expected a header row");
		}
		String[] names = first.values();
		for (int i = 0; i < names.length; i++) {
			names[i] = names[i].strip();
		}
		return names;
	}

	/** Opens the stream; it is read as the caller iterates, never all at once. */
	public static CsvRows open(InputStream in) throws CsvFormatException {
		try {
			int size = bufferSize(in.available());
			BufferedReader text = new BufferedReader(new StrictUtf8Reader(in, size), size);
			StringBuilder header = new StringBuilder();
			// marked within the buffer: a mark past it makes BufferedReader allocate
			// a buffer of the mark's size (2 MiB for HEADER_LIMIT) on every open
			text.mark(size);
			char separator = detectSeparator(text, header);
			if (header.length() < size) {
				text.reset();
			}
			else {
				// a header longer than the buffer is read again from the copy kept
				text = new BufferedReader(new PrefixedReader(header, text), size);
			}
			return new CsvRows(text, separator);
		}
		catch (NotUtf8Exception ex) {
			throw notUtf8(ex);
		}
		catch (IOException ex) {
			throw new CsvFormatException(1, 1, "cannot read the file: " + ex.getMessage());
		}
	}

	/**
	 * Like {@link #open(InputStream)}, with the same records and refusals, but read from
	 * the file's bytes in place ({@link ByteRecords}): a record handed back whole
	 * ({@link #nextLine()}, {@link #prefetch}) has {@link CsvLine#bytes()}, and nothing
	 * is decoded until a field is asked for as text.
	 */
	public static CsvRows openBytes(InputStream in) throws CsvFormatException {
		int size;
		try {
			size = bufferSize(in.available());
		}
		catch (IOException ex) {
			throw new CsvFormatException(1, 1, "cannot read the file: " + ex.getMessage());
		}
		return new CsvRows(new ByteRecords(in, size));
	}

	/**
	 * Like {@link #open(InputStream)}, but records are parsed on a second thread while
	 * the caller works on the previous ones; for large files whose rows need real work.
	 */
	public static CsvRows openPrefetching(InputStream in) throws CsvFormatException {
		CsvRows rows = open(in);
		rows.rows = new Prefetcher<>(rows::readRow);
		rows.prefetcher = rows.rows;
		return rows;
	}

	/**
	 * From here on the records are parsed, and each turned into what the caller works
	 * with by {@code map}, on a second thread a batch ahead of the caller: for large
	 * files whose rows need real work. {@code map} runs on that thread only, one record
	 * after the other.
	 */
	public <T> Records<T> prefetch(Function<CsvLine, T> map) {
		if (prefetcher != null) {
			throw new IllegalStateException("already prefetching");
		}
		handBackWholeLines();
		Prefetcher<T> mapped = new Prefetcher<>(() -> {
			CsvLine line = read();
			return line == null ? null : map.apply(line);
		});
		prefetcher = mapped;
		return mapped;
	}

	public String[] header() {
		return header.clone();
	}

	/** The next non-blank record, or null at the end of the file. */
	public CsvRow next() throws CsvFormatException {
		if (prefetcher != null && rows == null) {
			throw new IllegalStateException("the records are read through prefetch(map)");
		}
		return rows != null ? rows.next() : readRow();
	}

	/**
	 * The next non-blank record as a {@link CsvLine}, or null at the end of the file; not
	 * while prefetching.
	 */
	public CsvLine nextLine() throws CsvFormatException {
		if (prefetcher != null) {
			throw new IllegalStateException("the records are being prefetched");
		}
		handBackWholeLines();
		return read();
	}

	private void handBackWholeLines() {
		if (bytes != null) {
			bytes.expect(header.length);
		}
		else {
			parser.handBackWholeLines(header.length);
		}
	}

	private CsvRow readRow() throws CsvFormatException {
		CsvLine line = read();
		return line == null ? null : line.row();
	}

	private CsvLine read() throws CsvFormatException {
		if (bytes == null) {
			return readChars();
		}
		while (true) {
			CsvLine line = bytes.next();
			if (line == null || line.count() != 1 || !line.value(0).isBlank()) {
				return line;
			}
		}
	}

	private CsvLine readChars() throws CsvFormatException {
		while (true) {
			long start = linesRead + 1;
			String[] values;
			try {
				values = reader.readNext();
			}
			catch (NotUtf8Exception ex) {
				throw notUtf8(ex);
			}
			catch (IOException | CsvException ex) {
				throw new CsvFormatException(start, 1, describe(ex));
			}
			linesRead = reader.getLinesRead();
			if (values == null) {
				return null;
			}
			CsvLine whole = parser.lastLine(start);
			CsvLine line = whole != null ? whole : CsvLine.of(start, values);
			if (line.count() == 1 && line.value(0).isBlank()) {
				continue;
			}
			return line;
		}
	}

	private static CsvFormatException notUtf8(NotUtf8Exception ex) {
		return new CsvFormatException(ex.line(), (int) Math.min(ex.column(), Integer.MAX_VALUE), ex.getMessage());
	}

	static String describe(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		if (ex instanceof com.opencsv.exceptions.CsvMultilineLimitBrokenException
				|| message.toLowerCase(Locale.ROOT).replace("-", "").contains("unterminated")) {
			return UNTERMINATED;
		}
		int newline = message.indexOf('\n');
		return "cannot parse the CSV: " + (newline < 0 ? message : message.substring(0, newline));
	}

	/**
	 * The read buffers' size for a stream that says {@code available} bytes are left (a
	 * file says its size; 0 is "unknown"): a 10 KB upload needs no 64 Ki buffer, and
	 * allocating one is a measurable share of a small request's work.
	 */
	static int bufferSize(int available) {
		return available <= 0 ? BUFFER : (int) Math.max(MIN_BUFFER, Math.min(BUFFER, available + 1L));
	}

	/**
	 * The separator is whichever of comma, semicolon and tab occurs most outside quotes
	 * in the header. Every character read (the header and the character that ends it) is
	 * appended to {@code read}.
	 */
	private static char detectSeparator(BufferedReader text, StringBuilder read)
			throws IOException, CsvFormatException {
		SeparatorCount count = new SeparatorCount();
		int length = 0;
		int c;
		while ((c = text.read()) >= 0) {
			read.append((char) c);
			if (!count.quoted() && (c == '\n' || c == '\r')) {
				break;
			}
			if (++length > HEADER_LIMIT) {
				throw new CsvFormatException(1, 1, HEADER_TOO_LONG);
			}
			count.add(c);
		}
		return count.separator();
	}

	@Override
	public void close() throws IOException {
		if (prefetcher != null) {
			prefetcher.close();
		}
		if (bytes != null) {
			bytes.close();
		}
		else {
			reader.close();
		}
	}

}
