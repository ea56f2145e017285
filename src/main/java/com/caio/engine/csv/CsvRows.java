package com.caio.engine.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;

/**
 * Streams the records of a CSV file as exported by forms tools and spreadsheets: UTF-8
 * with or without a byte-order mark (decoded strictly), comma, semicolon or tab separated
 * (detected from the header), CRLF or LF. Each record carries the line it starts on, so
 * errors can name it.
 */
public final class CsvRows implements AutoCloseable {

	/** A quoted field longer than this many lines is taken for an unterminated quote. */
	static final int MULTILINE_LIMIT = 50;

	private static final int BUFFER = 1 << 16;

	private final CSVReader reader;

	private final String[] header;

	private long linesRead;

	private Prefetcher prefetcher;

	private CsvRows(BufferedReader text, char separator) throws CsvFormatException {
		this.reader = new CSVReaderBuilder(text).withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
			.withMultilineLimit(MULTILINE_LIMIT)
			.withKeepCarriageReturn(false)
			.build();
		CsvRow first = next();
		if (first == null) {
			throw new CsvFormatException(1, 1, "the file is empty; expected a header row");
		}
		this.header = first.values();
		for (int i = 0; i < header.length; i++) {
			header[i] = header[i].strip();
		}
	}

	/** Opens the stream; it is read as the caller iterates, never all at once. */
	public static CsvRows open(InputStream in) throws CsvFormatException {
		PushbackInputStream pushback = new PushbackInputStream(in, 3);
		try {
			skipBom(pushback);
			CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			BufferedReader text = new BufferedReader(new InputStreamReader(pushback, decoder), BUFFER);
			return new CsvRows(text, detectSeparator(text));
		}
		catch (CharacterCodingException ex) {
			throw new CsvFormatException(1, 1, "the header is not UTF-8 text; save the file as CSV UTF-8");
		}
		catch (IOException ex) {
			throw new CsvFormatException(1, 1, "cannot read the file: " + ex.getMessage());
		}
	}

	/**
	 * Like {@link #open(InputStream)}, but records are parsed on a second thread while
	 * the caller works on the previous ones; for large files whose rows need real work.
	 */
	public static CsvRows openPrefetching(InputStream in) throws CsvFormatException {
		CsvRows rows = open(in);
		rows.prefetcher = new Prefetcher(rows::read);
		return rows;
	}

	public String[] header() {
		return header.clone();
	}

	/** The next non-blank record, or null at the end of the file. */
	public CsvRow next() throws CsvFormatException {
		return prefetcher != null ? prefetcher.next() : read();
	}

	private CsvRow read() throws CsvFormatException {
		while (true) {
			long start = linesRead + 1;
			String[] values;
			try {
				values = reader.readNext();
			}
			catch (CharacterCodingException ex) {
				throw new CsvFormatException(start, 1,
						"not UTF-8 text at or after this line; save the file as CSV UTF-8");
			}
			catch (IOException | CsvException ex) {
				throw new CsvFormatException(start, 1, describe(ex));
			}
			linesRead = reader.getLinesRead();
			if (values == null) {
				return null;
			}
			if (values.length == 1 && values[0].isBlank()) {
				continue;
			}
			return new CsvRow(start, values);
		}
	}

	private static String describe(Exception ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		if (ex instanceof com.opencsv.exceptions.CsvMultilineLimitBrokenException
				|| message.toLowerCase(java.util.Locale.ROOT).replace("-", "").contains("unterminated")) {
			return "a quoted field starting on this line is never closed (unterminated quote)";
		}
		int newline = message.indexOf('\n');
		return "cannot parse the CSV: " + (newline < 0 ? message : message.substring(0, newline));
	}

	private static void skipBom(PushbackInputStream in) throws IOException {
		byte[] head = in.readNBytes(3);
		boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
				&& (head[2] & 0xFF) == 0xBF;
		if (!bom && head.length > 0) {
			in.unread(head);
		}
	}

	/**
	 * The separator is whichever of comma, semicolon and tab occurs most outside quotes
	 * in the header.
	 */
	private static char detectSeparator(BufferedReader text) throws IOException {
		text.mark(BUFFER - 1);
		String line = text.readLine();
		text.reset();
		if (line == null) {
			return ',';
		}
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				commas += c == ',' ? 1 : 0;
				semicolons += c == ';' ? 1 : 0;
				tabs += c == '\t' ? 1 : 0;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}

	@Override
	public void close() throws IOException {
		if (prefetcher != null) {
			prefetcher.close();
		}
		reader.close();
	}

}
