package com.caio.engine.businesscase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.caio.engine.businesscase.BusinessCase.BaselineMetric;
import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.common.BadInputException;
import com.caio.engine.input.DisplayNames;
import com.caio.engine.input.Numbers;

/**
 * Reads baseline metrics from a CSV with the columns
 * {@code name,monthly_value,unit,source} and, optionally, {@code display_name} (the name
 * a board reads; blank derives one from the name).
 */
public final class BaselineCsv {

	static final List<String> COLUMNS = List.of("name", "monthly_value", "unit", "source");

	static final String DISPLAY_NAME = "display_name";

	/** The largest monthly value accepted, as in the business-case file. */
	static final double LIMIT = 1e15;

	private BaselineCsv() {
	}

	/** Problems are reported as {@code file:line:column}. */
	public static List<BaselineMetric> read(InputStream in, String fileName) {
		try (CsvRows rows = CsvRows.open(in)) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			boolean named = header.size() == COLUMNS.size() + 1 && header.get(COLUMNS.size()).equals(DISPLAY_NAME);
			if (!header.subList(0, Math.min(header.size(), COLUMNS.size())).equals(COLUMNS)
					|| header.size() > COLUMNS.size() && !named) {
				throw new BadInputException(fileName + ":1:1", "header must be " + String.join(",", COLUMNS)
						+ " (optionally followed by " + DISPLAY_NAME + ") but is " + String.join(",", header));
			}
			int columns = header.size();
			List<BaselineMetric> metrics = new ArrayList<>();
			CsvRow row;
			while ((row = rows.next()) != null) {
				String at = fileName + ":" + row.line() + ":";
				if (row.values().length != columns) {
					throw new BadInputException(at + "1",
							"expected " + columns + " columns but found " + row.values().length);
				}
				String name = row.value(0).strip();
				if (name.isEmpty()) {
					throw new BadInputException(at + "1", "name is empty");
				}
				Numbers.Result parsed = Numbers.parse(row.value(1), LIMIT);
				if (!parsed.ok() || parsed.value() < 0) {
					throw new BadInputException(at + "2",
							"monthly_value " + (parsed.ok()
									? "'" + row.value(1).strip() + "' is negative; expected a number of 0 or more"
									: parsed.problem()));
				}
				double value = parsed.value();
				String source = row.value(3).strip();
				String displayName = named && !row.value(4).isBlank()
						? DisplayNames.check(at + "5 (" + DISPLAY_NAME + ")", row.value(4)) : null;
				metrics.add(new BaselineMetric(name, value, row.value(2).strip(), source.isEmpty() ? null : source,
						displayName));
			}
			return metrics;
		}
		catch (CsvFormatException ex) {
			throw new BadInputException(fileName + ":" + ex.line() + ":" + ex.column(), ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
