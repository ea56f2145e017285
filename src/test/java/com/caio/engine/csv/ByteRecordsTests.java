package com.caio.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The byte path ({@link CsvRows#openBytes}) gives the records, line numbers and refusals
 * of the decoding path ({@link CsvRows#open}: {@code StrictUtf8Reader},
 * {@code BufferedReader}, OpenCSV with {@link SplittingParser}), record by record and
 * refusal by refusal, on thousands of generated files: byte-order marks, comma, semicolon
 * and tab separators, LF, CRLF and CR, blank lines, Forms labels, accents, CJK and emoji,
 * quoted fields with separators, doubled quotes and line breaks, stray and unterminated
 * quotes, ragged rows, fields longer than the read buffer, bytes that are not UTF-8
 * anywhere (lone continuation bytes, overlong forms, surrogates, sequences cut short, at
 * the start of a line, at the end of the file), read a few bytes at a time.
 */
class ByteRecordsTests {

	private static final String[] PLAIN = { "", " ", "Agree", "Strongly agree", "Neither agree nor disagree", "3",
			"R17", "Sales EMEA", "\u00e9", "Z\u00fcrich", "\ud83d\ude00", "\u65e5\u672c", "a b", "x\u2003", "\u00a0",
			"N/A", "Don\u2019t know", "\ufeff" };

	private static final String[] QUOTED = { "Sales, EMEA", "Sales; EMEA", "tab\there", "say \"\"hi\"\"", "two\nlines",
			"cr\r\nlf", "lone\rcr", "", "\u00e9\u00e9", "\ud83d\ude00,\ud83d\ude00", "\"\"" };

	private static final String[] HARD = { "a\"b", "\"a\"b", "\"open", "x\"", "\"\"\"", "\"a\"\"", "\"", " \"a\"",
			"\"a\" " };

	private static final byte[][] BAD = { { (byte) 0xFF }, { (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 },
			{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 },
			{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xF0, (byte) 0x9F, (byte) 0x98 },
			{ (byte) 0xC3 }, { (byte) 0xE0, (byte) 0x80, (byte) 0x80 }, { (byte) 0xF5, (byte) 0x80 } };

	@Test
	void generatedFilesGiveTheRecordsAndRefusalsOfTheDecodingPath() {
		SplittableRandom random = new SplittableRandom(1128);
		for (int file = 0; file < 6000; file++) {
			byte[] bytes = file(random);
			int mode = file % 3;
			long seed = random.nextLong();
			String expected = read(() -> CsvRows.open(new ByteArrayInputStream(bytes)), mode);
			String actual = read(() -> CsvRows.openBytes(new Trickle(bytes, new SplittableRandom(seed))), mode);
			assertThat(actual).as("file %s, mode %s: %s", file, mode, HexFormat.of().formatHex(bytes))
				.isEqualTo(expected);
		}
	}

	@Test
	void headersAroundTheLimitAreReadOrRefusedAlike() {
		for (int size : new int[] { CsvRows.HEADER_LIMIT - 2, CsvRows.HEADER_LIMIT - 1, CsvRows.HEADER_LIMIT,
				CsvRows.HEADER_LIMIT + 1 }) {
			for (String tail : new String[] { "a", "\u00e9", "\ud83d\ude00" }) {
				StringBuilder header = new StringBuilder("id;");
				while (header.length() + tail.length() <= size) {
					header.append(tail);
				}
				byte[] bytes = (header + "\nR1;4\n").getBytes(StandardCharsets.UTF_8);
				for (int mode = 0; mode < 3; mode++) {
					int m = mode;
					assertThat(read(() -> CsvRows.openBytes(new ByteArrayInputStream(bytes)), m))
						.isEqualTo(read(() -> CsvRows.open(new ByteArrayInputStream(bytes)), m));
				}
			}
		}
	}

	/**
	 * Everything a reader gives, as text: the header, each record's line and values, then
	 * the refusal if there is one. Mode 0 reads records, 1 lines, 2 prefetched lines.
	 */
	private static String read(Supplier<CsvRows> open, int mode) {
		StringBuilder out = new StringBuilder();
		try (CsvRows rows = open.get()) {
			out.append("header ").append(Arrays.toString(rows.header())).append('\n');
			if (mode == 0) {
				CsvRow row;
				while ((row = rows.next()) != null) {
					out.append(row.line()).append(' ').append(Arrays.toString(row.values())).append('\n');
				}
			}
			else if (mode == 1) {
				CsvLine line;
				while ((line = rows.nextLine()) != null) {
					out.append(line.line()).append(' ').append(Arrays.toString(line.values())).append('\n');
				}
			}
			else {
				CsvRows.Records<String> records = rows
					.prefetch(line -> line.line() + " " + line.count() + " " + Arrays.toString(line.values()));
				String record;
				while ((record = records.next()) != null) {
					out.append(record.substring(0, record.indexOf(' ')))
						.append(record.substring(record.indexOf(' ', record.indexOf(' ') + 1)))
						.append('\n');
				}
			}
		}
		catch (CsvFormatException ex) {
			out.append("refused ").append(ex.getMessage()).append('\n');
		}
		catch (Exception ex) {
			out.append("failed ").append(ex).append('\n');
		}
		return out.toString();
	}

	private static byte[] file(SplittableRandom random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (random.nextInt(5) == 0) {
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		if (random.nextInt(10) == 0) {
			out.writeBytes(newline(random));
		}
		char separator = ",;\t".charAt(random.nextInt(3));
		int width = 1 + random.nextInt(6);
		int rows = random.nextInt(30);
		for (int r = 0; r <= rows; r++) {
			int kind = random.nextInt(20);
			if (r > 0 && kind == 0) {
				out.writeBytes(utf8(random.nextBoolean() ? "" : "  "));
			}
			else {
				int fields = r > 0 && kind == 1 ? Math.max(1, width + random.nextInt(3) - 1) : width;
				StringBuilder line = new StringBuilder();
				for (int f = 0; f < fields; f++) {
					if (f > 0) {
						line.append(separator);
					}
					line.append(field(random, separator, r == 0));
				}
				out.writeBytes(utf8(line.toString()));
			}
			if (r < rows || random.nextInt(3) > 0) {
				out.writeBytes(newline(random));
			}
		}
		byte[] bytes = out.toByteArray();
		if (random.nextInt(6) == 0) {
			bytes = insert(bytes, random.nextInt(bytes.length + 1), BAD[random.nextInt(BAD.length)]);
		}
		if (random.nextInt(10) == 0 && bytes.length > 0) {
			bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
		}
		return bytes;
	}

	private static String field(SplittableRandom random, char separator, boolean header) {
		int kind = random.nextInt(header ? 12 : 20);
		if (kind < 10) {
			return PLAIN[random.nextInt(PLAIN.length)];
		}
		if (kind < 15) {
			return "\"" + QUOTED[random.nextInt(QUOTED.length)].replace(';', separator) + "\"";
		}
		if (kind < 18) {
			return HARD[random.nextInt(HARD.length)];
		}
		if (kind == 18) {
			return "x".repeat(5_000 + random.nextInt(20_000));
		}
		return "\"" + "\u00e9\n".repeat(1 + random.nextInt(60)) + "\"";
	}

	private static byte[] newline(SplittableRandom random) {
		return utf8(switch (random.nextInt(4)) {
			case 0 -> "\r\n";
			case 1 -> "\r";
			default -> "\n";
		});
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] insert(byte[] bytes, int at, byte[] more) {
		byte[] all = new byte[bytes.length + more.length];
		System.arraycopy(bytes, 0, all, 0, at);
		System.arraycopy(more, 0, all, at, more.length);
		System.arraycopy(bytes, at, all, at + more.length, bytes.length - at);
		return all;
	}

	/** A stream that gives a few bytes a read and says anything of what is left. */
	private static final class Trickle extends InputStream {

		private final byte[] bytes;

		private final SplittableRandom random;

		private final int chunk;

		private int at;

		Trickle(byte[] bytes, SplittableRandom random) {
			this.bytes = bytes;
			this.random = random;
			this.chunk = random.nextBoolean() ? 1 + random.nextInt(8) : 1 + random.nextInt(5000);
		}

		@Override
		public int read() {
			return at < bytes.length ? bytes[at++] & 0xFF : -1;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (at >= bytes.length) {
				return -1;
			}
			int n = Math.min(Math.min(len, bytes.length - at), 1 + random.nextInt(chunk));
			System.arraycopy(bytes, at, b, off, n);
			at += n;
			return n;
		}

		@Override
		public int available() {
			return random.nextBoolean() ? 0 : bytes.length - at;
		}

	}

}
