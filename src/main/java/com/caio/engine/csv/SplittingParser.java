package com.caio.engine.csv;

import java.util.Arrays;

import com.opencsv.RFC4180Parser;
import com.opencsv.enums.CSVReaderNullFieldIndicator;

/**
 * OpenCSV's RFC 4180 parser with a faster path for the common lines, not inside a quoted
 * field that spans lines: one with no quote character is split at each separator (what
 * {@link RFC4180Parser} does too, through commons-lang's char-by-char
 * {@code splitPreserveAllTokens}, which a profile of a Forms-labels survey found taking
 * three quarters of the parsing thread), and one whose quoted fields are whole (a quote
 * opens the field, the closing quote is followed by a separator or the end of the line,
 * quotes inside are doubled) is read in one pass, as RFC 4180 says. Every other line (a
 * quote inside an unquoted field, text after a closing quote, a field that goes on past
 * the line) goes to RFC4180Parser unchanged, so the records are the same.
 *
 * <p>
 * Once {@link #handBackWholeLines()} is called, such a line is handed back as one text
 * with the end of each field ({@link #lastLine}), so the caller needs no {@code String} a
 * field (see {@link CsvLine}).
 */
final class SplittingParser extends RFC4180Parser {

	private boolean handBackWhole;

	private int expected = 1;

	/** The text and field ends of the last line read on the fast path, else null. */
	private String lastText;

	private int[] lastEnds;

	SplittingParser(char separator) {
		super('"', separator, CSVReaderNullFieldIndicator.NEITHER);
	}

	@Override
	protected String[] parseLine(String nextLine, boolean multi) {
		lastText = null;
		if (nextLine == null || pending != null) {
			return super.parseLine(nextLine, multi);
		}
		if (nextLine.indexOf(quotechar) < 0) {
			if (!handBackWhole) {
				return split(nextLine, separator);
			}
			lastText = nextLine;
			lastEnds = ends(nextLine, separator, expected);
			return new String[] { nextLine };
		}
		if (!unquote(nextLine)) {
			return super.parseLine(nextLine, multi);
		}
		if (handBackWhole) {
			return new String[] { lastText };
		}
		String[] values = new String[lastEnds.length];
		for (int f = 0; f < values.length; f++) {
			values[f] = lastText.substring(f == 0 ? 0 : lastEnds[f - 1] + 1, lastEnds[f]);
		}
		lastText = null;
		return values;
	}

	/**
	 * From here on a line read on the fast path is handed back as a one-element record,
	 * its text, and {@link #lastLine} gives it with its field ends; {@code expected} is
	 * how many fields a line usually has.
	 */
	void handBackWholeLines(int expected) {
		this.handBackWhole = true;
		this.expected = Math.max(expected, 1);
	}

	/** The last record parsed, if it was one line handed back whole, else null. */
	CsvLine lastLine(long line) {
		return lastText == null ? null : CsvLine.of(line, lastText, lastEnds);
	}

	/**
	 * Reads a line whose quoted fields are whole into {@link #lastText} (the values
	 * joined by the separator) and {@link #lastEnds}; false for any other line.
	 */
	private boolean unquote(String line) {
		StringBuilder text = new StringBuilder(line.length());
		int[] ends = new int[expected];
		int fields = 0;
		int n = line.length();
		int i = 0;
		while (true) {
			if (fields == ends.length) {
				ends = Arrays.copyOf(ends, 2 * ends.length);
			}
			if (i < n && line.charAt(i) == quotechar) {
				i++;
				while (true) {
					int quote = line.indexOf(quotechar, i);
					if (quote < 0) {
						return false;
					}
					text.append(line, i, quote);
					if (quote + 1 < n && line.charAt(quote + 1) == quotechar) {
						text.append(quotechar);
						i = quote + 2;
					}
					else {
						i = quote + 1;
						break;
					}
				}
				if (i < n && line.charAt(i) != separator) {
					return false;
				}
			}
			else {
				int next = line.indexOf(separator, i);
				int end = next < 0 ? n : next;
				int quote = line.indexOf(quotechar, i);
				if (quote >= 0 && quote < end) {
					return false;
				}
				text.append(line, i, end);
				i = end;
			}
			ends[fields++] = text.length();
			if (i == n) {
				break;
			}
			text.append(separator);
			i++;
		}
		lastText = text.toString();
		lastEnds = fields == ends.length ? ends : Arrays.copyOf(ends, fields);
		return true;
	}

	/** The end of each field of a line without quotes. */
	static int[] ends(String line, char separator, int expected) {
		int[] ends = new int[Math.max(expected, 1)];
		int fields = 0;
		for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + 1)) {
			if (fields == ends.length - 1) {
				ends = Arrays.copyOf(ends, 2 * ends.length);
			}
			ends[fields++] = at;
		}
		ends[fields++] = line.length();
		return fields == ends.length ? ends : Arrays.copyOf(ends, fields);
	}

	/** The fields between separators, empty ones included: "a,,b," is a, "", b, "". */
	static String[] split(String line, char separator) {
		int fields = 1;
		for (int i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, i + 1)) {
			fields++;
		}
		String[] values = new String[fields];
		int start = 0;
		for (int f = 0; f < fields - 1; f++) {
			int end = line.indexOf(separator, start);
			values[f] = line.substring(start, end);
			start = end + 1;
		}
		values[fields - 1] = line.substring(start);
		return values;
	}

}
