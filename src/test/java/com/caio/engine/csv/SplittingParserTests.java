package com.caio.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import org.junit.jupiter.api.Test;

/**
 * The parser CsvRows reads with gives the records OpenCSV's RFC4180Parser gives, on every
 * kind of line: plain, with blanks and trailing separators, quoted fields holding
 * separators, doubled quotes, line breaks and carriage returns, stray quotes, and
 * unterminated quotes (the same error at the same place).
 */
class SplittingParserTests {

	private static final String[] CELLS = { "", " ", "4", "Strongly agree", "Neither agree nor disagree", "a b",
			"\"quoted\"", "\"with, comma\"", "\"with; semicolon\"", "\"doubled \"\" quote\"", "\"two\nlines\"",
			"\"cr\r\nlf\"", "mid\"quote", "\"", "\t", "é ünïcode", "\"\"", "trailing ", "\"Agree, somewhat\"",
			"\"text\"after", " \"space before\"", "\"space after\" ", "\"\"\"\"", "\"a\"\"\"", "\"ends\"\"", "x\"y\"",
			"\"Strongly agree\"", "\"\"\"quoted\"\" word\"", "\"sep;in,side\ttab\"" };

	@Test
	void plainLinesSplitAtEverySeparatorWithEmptyFieldsKept() {
		assertThat(SplittingParser.split("a,,b,", ',')).containsExactly("a", "", "b", "");
		assertThat(SplittingParser.split("", ',')).containsExactly("");
		assertThat(SplittingParser.split(",", ',')).containsExactly("", "");
		assertThat(SplittingParser.split("x;y", ';')).containsExactly("x", "y");
		assertThat(SplittingParser.split("x,y", ';')).containsExactly("x,y");
	}

	@Test
	void recordsAreOpenCsvsOnThousandsOfGeneratedFiles() {
		SplittableRandom random = new SplittableRandom(20261127);
		for (char separator : new char[] { ',', ';', '\t' }) {
			for (int file = 0; file < 3_000; file++) {
				StringBuilder text = new StringBuilder();
				int lines = 1 + random.nextInt(8);
				for (int l = 0; l < lines; l++) {
					int fields = 1 + random.nextInt(6);
					for (int f = 0; f < fields; f++) {
						if (f > 0) {
							text.append(separator);
						}
						text.append(CELLS[random.nextInt(CELLS.length)]);
					}
					text.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
				}
				String csv = text.toString();
				List<String> openCsv = read(csv, new RFC4180ParserBuilder().withSeparator(separator).build());
				assertThat(read(csv, new SplittingParser(separator))).as("%s", csv).isEqualTo(openCsv);
				SplittingParser whole = new SplittingParser(separator);
				whole.handBackWholeLines(1 + random.nextInt(6));
				assertThat(read(csv, whole)).as("whole lines: %s", csv).isEqualTo(openCsv);
			}
		}
	}

	/** The records as strings, and the error where reading stopped, if it did. */
	private static List<String> read(String csv, ICSVParser parser) {
		List<String> records = new ArrayList<>();
		try (CSVReader reader = new CSVReaderBuilder(new StringReader(csv)).withCSVParser(parser)
			.withMultilineLimit(CsvRows.MULTILINE_LIMIT)
			.withKeepCarriageReturn(false)
			.build()) {
			String[] values;
			while ((values = reader.readNext()) != null) {
				CsvLine whole = parser instanceof SplittingParser splitting ? splitting.lastLine(0) : null;
				if (whole != null) {
					assertThat(values).hasSize(1);
					values = whole.values();
					for (int f = 0; f < values.length; f++) {
						assertThat(whole.text().substring(whole.start(f), whole.end(f))).isEqualTo(values[f]);
					}
				}
				records.add(reader.getLinesRead() + ":" + String.join("\u0001", values) + "|" + values.length);
			}
		}
		catch (Exception ex) {
			records.add("error " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		return records;
	}

}
