package com.caio.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading CSV files as forms tools and spreadsheets write them. */
class CsvRowsTests {

	@Test
	void byteOrderMarkIsNotPartOfTheFirstHeader() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "respondent_id,GOV-01\nR1,4\n".getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, file, 0, 3);
		System.arraycopy(text, 0, file, 3, text.length);
		try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(file))) {
			assertThat(rows.header()).containsExactly("respondent_id", "GOV-01");
		}
	}

	@Test
	void semicolonsAndCrlfAreDetected() throws Exception {
		List<CsvRow> rows = read("id;\"a;b\";c\r\n1;2;3\r\n4;5;6\r\n");
		assertThat(rows).extracting(r -> String.join("|", r.values())).containsExactly("1|2|3", "4|5|6");
	}

	@Test
	void recordsKnowTheLineTheyStartOnAcrossQuotedLineBreaksAndBlankLines() throws Exception {
		List<CsvRow> rows = read("id,comment\n1,\"two\nlines\"\n\n2,plain\n");
		assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L);
		assertThat(rows.get(0).value(1)).isEqualTo("two\nlines");
	}

	@Test
	void anUnterminatedQuoteIsRefusedAtTheLineWhereItOpens() {
		StringBuilder csv = new StringBuilder("id,comment\n1,ok\n2,\"never closed\n");
		for (int i = 0; i < 100; i++) {
			csv.append(i).append(",row\n");
		}
		assertThatThrownBy(() -> read(csv.toString())).isInstanceOf(CsvFormatException.class).satisfies(ex -> {
			CsvFormatException e = (CsvFormatException) ex;
			assertThat(e.line()).isEqualTo(3);
			assertThat(e.describe("f.csv"))
				.startsWith("f.csv:3:1: a quoted field starting on this line is never closed");
		});
	}

	@Test
	void anUnterminatedQuoteNearTheEndIsRefusedToo() {
		assertThatThrownBy(() -> read("id,comment\n1,ok\n2,\"never closed\n3,row\n"))
			.isInstanceOf(CsvFormatException.class)
			.satisfies(ex -> assertThat(((CsvFormatException) ex).line()).isEqualTo(3));
	}

	@Test
	void prefetchingGivesTheSameRecordsThenTheErrorWhereTheFileBreaks() throws Exception {
		StringBuilder csv = new StringBuilder("id,value\n");
		for (int i = 0; i < 2000; i++) {
			csv.append(i).append(",v").append(i).append('\n');
		}
		csv.append("x,\"never closed\n");
		List<CsvRow> rows = new ArrayList<>();
		try (CsvRows reader = CsvRows.openPrefetching(new ByteArrayInputStream(csv.toString().getBytes()))) {
			assertThatThrownBy(() -> {
				CsvRow row;
				while ((row = reader.next()) != null) {
					rows.add(row);
				}
			}).isInstanceOf(CsvFormatException.class)
				.satisfies(ex -> assertThat(((CsvFormatException) ex).line()).isEqualTo(2002));
		}
		assertThat(rows).hasSize(2000);
		assertThat(rows.get(1999).line()).isEqualTo(2001);
		assertThat(rows.get(1999).values()).containsExactly("1999", "v1999");
	}

	@Test
	void textThatIsNotUtf8IsRefusedNotGarbled() {
		byte[] latin1 = "id,name\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> {
			try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(latin1))) {
				while (rows.next() != null) {
					// read to the end
				}
			}
		}).isInstanceOf(CsvFormatException.class).hasMessageContaining("not UTF-8");
	}

	@Test
	void anEmptyFileHasNoHeader() {
		assertThatThrownBy(() -> read("")).isInstanceOf(CsvFormatException.class).hasMessageContaining("empty");
	}

	@Test
	void aQuotedFieldEndingInABackslashIsReadAsRfc4180Says() throws Exception {
		List<CsvRow> rows = read("id,path,note\n1,\"C:\\\",after\n2,\"say \"\"hi\"\"\",x\\y\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).values()).containsExactly("1", "C:\\", "after");
		assertThat(rows.get(1).values()).containsExactly("2", "say \"hi\"", "x\\y");
	}

	@Test
	void aHeaderOfAlmostOneMebibyteIsRead() throws Exception {
		StringBuilder header = new StringBuilder("id");
		while (header.length() < CsvRows.HEADER_LIMIT - 200) {
			header.append(",a question text that is long enough to need many columns ").append(header.length());
		}
		String csv = header + "\n1" + ",x".repeat(header.toString().split(",").length - 1) + "\n";
		try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
			assertThat(rows.header().length).isGreaterThan(10_000);
			assertThat(rows.next().values()).hasSize(rows.header().length);
		}
	}

	@Test
	void headersAroundTheReadBufferLengthAreReadWithTheirSeparatorAndEveryRecordAfterThem() throws Exception {
		// shorter than the buffer: scanned in place and read again; longer: read again
		// from a copy
		for (int length = CsvRows.BUFFER - 3; length <= CsvRows.BUFFER + 3; length++) {
			String header = "id;\"a;quoted\";" + "x".repeat(length - 16) + ";z";
			assertThat(header).hasSize(length);
			for (String newline : List.of("\n", "\r\n")) {
				List<CsvRow> rows = new ArrayList<>();
				try (CsvRows csv = CsvRows
					.open(new ByteArrayInputStream((header + newline + "1;2;3;4" + newline + "5;6;7;8" + newline)
						.getBytes(StandardCharsets.UTF_8)))) {
					assertThat(csv.header()).containsExactly("id", "a;quoted", "x".repeat(length - 16), "z");
					for (CsvRow row; (row = csv.next()) != null;) {
						rows.add(row);
					}
				}
				assertThat(rows).extracting(r -> r.line() + ":" + String.join("|", r.values()))
					.as("header of %d characters", length)
					.containsExactly("2:1|2|3|4", "3:5|6|7|8");
			}
		}
	}

	@Test
	void aStreamThatUnderstatesWhatIsLeftIsStillReadWhole() throws Exception {
		String header = "id," + "q".repeat(3 * CsvRows.MIN_BUFFER) + ",last";
		String csv = header + "\n" + "1,2,3\n".repeat(5_000);
		// says 1 byte is left: the buffers are the smallest, the header is longer
		InputStream understating = new FilterInputStream(
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))) {
			@Override
			public int available() {
				return 1;
			}
		};
		assertThat(CsvRows.bufferSize(1)).isEqualTo(CsvRows.MIN_BUFFER);
		int count = 0;
		try (CsvRows rows = CsvRows.open(understating)) {
			assertThat(rows.header()).hasSize(3).endsWith("last");
			for (CsvRow row; (row = rows.next()) != null; count++) {
				assertThat(row.values()).containsExactly("1", "2", "3");
			}
		}
		assertThat(count).isEqualTo(5_000);
		assertThat(CsvRows.bufferSize(0)).as("unknown").isEqualTo(CsvRows.BUFFER);
		assertThat(CsvRows.bufferSize(10_000)).isEqualTo(10_001);
		assertThat(CsvRows.bufferSize(Integer.MAX_VALUE)).isEqualTo(CsvRows.BUFFER);
	}

	@Test
	void aHeaderLongerThanOneMebibyteIsRefusedSayingSo() {
		String csv = "id," + "x".repeat(CsvRows.HEADER_LIMIT) + "\n1,2\n";
		assertThatThrownBy(() -> read(csv)).isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("header line is longer than 1048576 characters");
	}

	@Test
	void aBadByteIsReportedAtItsRealLineAndByteOffsetWhereverItIs() throws Exception {
		int rows = 3000;
		for (int badLine : new int[] { 1, 2, 50, 1501, 3001 }) {
			StringBuilder csv = new StringBuilder("id,name\n");
			for (int i = 2; i <= rows + 1; i++) {
				csv.append(i).append(",caf\u00e9 row ").append(i).append('\n');
			}
			byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
			int[] position = badByteOn(bytes, badLine);
			assertThatThrownBy(() -> readAll(bytes)).isInstanceOf(CsvFormatException.class)
				.satisfies(ex -> assertThat(((CsvFormatException) ex).describe("f.csv"))
					.isEqualTo("f.csv:" + badLine + ":" + position[1] + ": byte 0xFF at byte offset " + position[0]
							+ " (line " + badLine + ", byte " + position[1] + " of the line) is not UTF-8 text; "
							+ "save the file as UTF-8 (in Excel: CSV UTF-8)"));
		}
	}

	@Test
	void aBadByteAtEveryPositionAroundTheReadBufferEdgeIsReportedWhereItIs() throws Exception {
		StringBuilder csv = new StringBuilder("id,name\n");
		for (int i = 0; csv.length() < 70_000; i++) {
			csv.append(i).append(",\u00e9t\u00e9 \u20ac").append(i).append('\n');
		}
		byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(readAll(good)).isGreaterThan(1000);
		for (int offset = 65_530; offset < 65_542; offset++) {
			byte[] bytes = good.clone();
			bytes[offset] = (byte) 0xFF;
			// a broken continuation byte makes the sequence it belongs to malformed
			int start = offset;
			while ((good[start] & 0xC0) == 0x80) {
				start--;
			}
			long line = 1;
			for (int i = 0; i < start; i++) {
				line += bytes[i] == '\n' ? 1 : 0;
			}
			long expected = line;
			int at = start;
			assertThatThrownBy(() -> readAll(bytes)).isInstanceOf(CsvFormatException.class)
				.satisfies(ex -> assertThat(((CsvFormatException) ex).line()).isEqualTo(expected))
				.hasMessageContaining("at byte offset " + at + " ");
		}
	}

	@Test
	void aBadByteAnywhereIsRefusedWhereItIsOnBothPathsNeverTakenForTheEndOfTheFile() throws Exception {
		// a bad byte starting a line was once taken for the end of the file (OpenCSV
		// peeks a character before each line and reads an error there as "closed")
		byte[] good = "id;name\r\n1;caf\u00e9\n\n2;\"a\r\nb\"\r3;x\n4;\ud83d\ude00\n".getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at <= good.length; at++) {
			byte[] bytes = new byte[good.length + 1];
			System.arraycopy(good, 0, bytes, 0, at);
			bytes[at] = (byte) 0xFF;
			System.arraycopy(good, at, bytes, at + 1, good.length - at);
			// the sequence the byte lands in is malformed at its first byte
			int start = at;
			int lead = at - 1;
			while (lead >= 0 && (bytes[lead] & 0xC0) == 0x80) {
				lead--;
			}
			if (lead >= 0 && (bytes[lead] & 0xFF) >= 0xC0) {
				int size = (bytes[lead] & 0xFF) >= 0xF0 ? 4 : (bytes[lead] & 0xFF) >= 0xE0 ? 3 : 2;
				start = at - lead < size ? lead : at;
			}
			long line = 1;
			int lineStart = 0;
			for (int i = 0; i < start; i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			String expected = line + ":" + (start - lineStart + 1) + ": byte 0x"
					+ String.format("%02X", bytes[start] & 0xFF) + " at byte offset " + start + " ";
			for (boolean inPlace : new boolean[] { false, true }) {
				assertThatThrownBy(() -> {
					try (CsvRows rows = inPlace ? CsvRows.openBytes(new ByteArrayInputStream(bytes))
							: CsvRows.open(new ByteArrayInputStream(bytes))) {
						while (rows.next() != null) {
						}
					}
				}).as("bad byte at %s, in place %s", at, inPlace).hasMessageStartingWith(expected);
			}
		}
	}

	@Test
	void aHeaderOfCharactersOfTwoCharsLongerThanTheBufferIsReadWhole() throws Exception {
		String header = "id;" + "\ud83d\ude00".repeat(40_000);
		try (CsvRows rows = CsvRows
			.open(new ByteArrayInputStream((header + "\nR1;4\n").getBytes(StandardCharsets.UTF_8)))) {
			assertThat(rows.header()).containsExactly("id", "\ud83d\ude00".repeat(40_000));
			assertThat(rows.next().values()).containsExactly("R1", "4");
		}
	}

	@Test
	void aTruncatedCharacterAtTheEndIsReportedAtItsOffset() {
		byte[] bytes = "id,name\n1,caf\u00e9".getBytes(StandardCharsets.UTF_8);
		byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 1);
		assertThatThrownBy(() -> readAll(truncated)).isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("byte 0xC3 at byte offset " + (truncated.length - 1) + " (line 2, byte 6");
	}

	/**
	 * Replaces the 'é' on line {@code line} by 0xFF; returns its offset and its byte in
	 * the line.
	 */
	private static int[] badByteOn(byte[] bytes, int line) {
		int current = 1;
		int lineStart = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (current == line && (bytes[i] & 0xFF) == 0xC3) {
				bytes[i] = (byte) 0xFF;
				return new int[] { i, i - lineStart + 1 };
			}
			if (current == line && line == 1 && bytes[i] == 'n') {
				bytes[i] = (byte) 0xFF;
				return new int[] { i, i - lineStart + 1 };
			}
			if (bytes[i] == '\n') {
				current++;
				lineStart = i + 1;
			}
		}
		throw new IllegalArgumentException("no line " + line);
	}

	private static int readAll(byte[] bytes) throws Exception {
		int n = 0;
		try (CsvRows rows = CsvRows.openPrefetching(new ByteArrayInputStream(bytes))) {
			while (rows.next() != null) {
				n++;
			}
		}
		return n;
	}

	private static List<CsvRow> read(String csv) throws Exception {
		List<CsvRow> rows = new ArrayList<>();
		try (CsvRows reader = CsvRows.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
			CsvRow row;
			while ((row = reader.next()) != null) {
				rows.add(row);
			}
		}
		return rows;
	}

}
