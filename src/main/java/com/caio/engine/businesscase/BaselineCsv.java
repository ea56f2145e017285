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

/**
 * Reads baseline metrics from a CSV with the columns
 * {@code name,monthly_value,unit,source}.
 */
public final class BaselineCsv {

	static final List<String> COLUMNS = List.of("name", "monthly_value", "unit", "source");

	private BaselineCsv() {
	}

	/** Problems are reported as {@code file:line:column}. */
	public static List<BaselineMetric> read(InputStream in, String fileName) {
		try (CsvRows rows = CsvRows.open(in)) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(COLUMNS)) {
				throw new BadInputException(fileName + ":1:1",
						"header must be " + String.join(",", COLUMNS) + " but is " + String.join(",", header));
			}
			List<BaselineMetric> metrics = new ArrayList<>();
			CsvRow row;
			while ((row = rows.next()) != null) {
				String at = fileName + ":" + row.line() + ":";
				if (row.values().length != COLUMNS.size()) {
					throw new BadInputException(at + "1",
							"expected " + COLUMNS.size() + " columns but found " + row.values().length);
				}
				String name = row.value(0).strip();
				if (name.isEmpty()) {
					throw new BadInputException(at + "1", "name is empty");
				}
				double value;
				try {
					value = Double.parseDouble(row.value(1).strip());
				}
				catch (NumberFormatException ex) {
					value = -1;
				}
				if (!(value >= 0) || Double.isInfinite(value)) {
					throw new BadInputException(at + "2",
							"monthly_value '" + row.value(1) + "' is not a number of 0 or more (use '.' for decimals)");
				}
				String source = row.value(3).strip();
				metrics.add(new BaselineMetric(name, value, row.value(2).strip(), source.isEmpty() ? null : source));
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
