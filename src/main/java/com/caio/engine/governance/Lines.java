package com.caio.engine.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.caio.engine.common.BadInputException;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.input.Numbers;

/**
 * A CSV file of the pack (the KPI series, the incident register) read row by row; a
 * refusal names the file, line and column ({@code kpis.csv:12:3}) and what is accepted.
 */
final class Lines {

	private final String file;

	private final List<String> columns;

	private int[] index;

	private CsvRow row;

	Lines(String file, List<String> columns) {
		this.file = file;
		this.columns = columns;
	}

	/** Every row, mapped; the header must hold every column of {@code required}. */
	<T> List<T> read(InputStream in, Set<String> required, Function<Lines, T> map) {
		List<T> out = new ArrayList<>();
		try (CsvRows rows = CsvRows.open(in)) {
			header(rows.header(), required);
			for (row = rows.next(); row != null; row = rows.next()) {
				out.add(map.apply(this));
			}
		}
		catch (CsvFormatException ex) {
			throw BadInputException.at(file, ex.line(), ex.column(), ex.what());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private void header(String[] header, Set<String> required) {
		index = new int[columns.size()];
		Arrays.fill(index, -1);
		for (int i = 0; i < header.length; i++) {
			int c = columns.indexOf(normalise(header[i]));
			if (c >= 0) {
				index[c] = i;
			}
		}
		for (String name : required) {
			if (index[columns.indexOf(name)] < 0) {
				throw BadInputException.at(file, 1, 1, "the header has no column '" + name + "'; expected the columns "
						+ String.join(", ", columns) + " (those in use: " + required + ")");
			}
		}
	}

	private static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

	long line() {
		return row.line();
	}

	/** Trimmed text of the column, "" when absent or blank. */
	String text(String column) {
		int i = index[columns.indexOf(column)];
		return i < 0 || i >= row.values().length ? "" : row.values()[i].strip();
	}

	String required(String column, String accepted) {
		String text = text(column);
		if (text.isEmpty()) {
			throw refuse(column, column + " is missing; expected " + accepted);
		}
		return text;
	}

	LocalDate date(String column, boolean required) {
		String text = required ? required(column, "a date written YYYY-MM-DD") : text(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw refuse(column, "'" + text + "' is not a date; expected YYYY-MM-DD, e.g. 2027-01-11");
		}
	}

	double number(String column) {
		String text = required(column, Numbers.ACCEPTED);
		if (!Numbers.isNumber(text)) {
			throw refuse(column, "'" + text + "' is not a number; expected " + Numbers.ACCEPTED);
		}
		return Numbers.parse(text);
	}

	Double optionalNumber(String column) {
		return text(column).isEmpty() ? null : number(column);
	}

	/** yes/no, true/false, y/n, 1/0; {@code fallback} when blank. */
	boolean yesNo(String column, Boolean fallback) {
		String text = text(column).toLowerCase(Locale.ROOT);
		if (text.isEmpty() && fallback != null) {
			return fallback;
		}
		return switch (text) {
			case "yes", "y", "true", "1" -> true;
			case "no", "n", "false", "0" -> false;
			default -> throw refuse(column, "'" + text(column) + "' is not yes or no; expected yes, no, true or false");
		};
	}

	/** One of {@code allowed} (compared in lower case, spaces as hyphens). */
	String oneOf(String column, List<String> allowed, String fallback) {
		String text = text(column).toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
		if (text.isEmpty() && fallback != null) {
			return fallback;
		}
		if (text.isEmpty()) {
			throw refuse(column, column + " is missing; expected one of " + String.join(", ", allowed));
		}
		if (!allowed.contains(text)) {
			throw refuse(column, "'" + text(column) + "' is not one of " + String.join(", ", allowed));
		}
		return text;
	}

	BadInputException refuse(String column, String message) {
		int i = index[columns.indexOf(column)];
		return BadInputException.at(file, row.line(), i < 0 ? 1 : i + 1, message);
	}

	/** A refusal at the current line, not at a column. */
	BadInputException refuseLine(String message) {
		return BadInputException.at(file, row.line(), 1, message);
	}

}
