package com.caio.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
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
