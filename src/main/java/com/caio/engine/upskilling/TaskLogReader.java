package com.caio.engine.upskilling;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.input.Numbers;
import com.caio.engine.upskilling.model.MonthHours;
import com.caio.engine.upskilling.model.Rejections;
import com.caio.engine.upskilling.model.TaskLog;

/**
 * Streams a monthly task log (month, task, team, ai_related, done_by, hours) into one sum
 * per month: memory grows with the months, never with the rows. A month not
 * {@code YYYY-MM}, a negative or non-numeric hours value, or an unknown yes/no or
 * in-house/external is rejected by line with the reason; the rest count.
 */
public final class TaskLogReader {

	public static final List<String> COLUMNS = List.of("month", "task", "team", "ai_related", "done_by", "hours");

	/** More hours than this on one line is not a month's work on one task. */
	static final double MAX_HOURS = 100_000;

	public TaskLog read(InputStream in) throws CsvFormatException {
		try (CsvRows csv = CsvRows.openPrefetching(in)) {
			String[] header = csv.header();
			int[] at = new int[COLUMNS.size()];
			for (int i = 0; i < at.length; i++) {
				at[i] = indexOf(header, COLUMNS.get(i));
				if (at[i] < 0 && i != 1 && i != 2) {
					throw new CsvFormatException(1, 1, "the header needs the columns " + String.join(", ", COLUMNS)
							+ " (task and team may be left out); it has " + String.join(", ", header));
				}
			}
			return read(csv, header.length, at);
		}
		catch (IOException ex) {
			throw new CsvFormatException(0, 1, "cannot read the file: " + ex.getMessage());
		}
	}

	private static TaskLog read(CsvRows csv, int width, int[] at) throws CsvFormatException {
		Map<YearMonth, double[]> months = new TreeMap<>();
		Rejections rejections = new Rejections("task log");
		String lastMonthText = null;
		double[] current = null;
		long rows = 0;
		CsvRow row;
		while ((row = csv.next()) != null) {
			rows++;
			String[] v = row.values();
			if (v.length != width) {
				rejections.reject(row.line(), 0, "expected " + width + " columns but found " + v.length);
				continue;
			}
			String monthText = v[at[0]];
			if (!monthText.equals(lastMonthText)) {
				YearMonth month = month(monthText.strip());
				if (month == null) {
					rejections.reject(row.line(), at[0] + 1,
							"month '" + monthText.strip() + "' is not a month; accepted: YYYY-MM, such as 2026-01");
					continue;
				}
				current = months.computeIfAbsent(month, m -> new double[5]);
				lastMonthText = monthText;
			}
			int ai = yesNo(v[at[3]]);
			if (ai < 0) {
				rejections.reject(row.line(), at[3] + 1,
						"ai_related '" + v[at[3]].strip() + "' is not accepted; accepted: yes, no, y, n, true, false");
				continue;
			}
			int external = doneBy(v[at[4]]);
			if (external < 0) {
				rejections.reject(row.line(), at[4] + 1,
						"done_by '" + v[at[4]].strip() + "' is not accepted; accepted: in-house, external");
				continue;
			}
			String h = v[at[5]].strip();
			double hours = Numbers.isNumber(h) ? Double.parseDouble(h) : Double.NaN;
			if (!(hours >= 0 && hours <= MAX_HOURS)) {
				rejections.reject(row.line(), at[5] + 1,
						"hours '" + h + "' is not accepted; accepted: a number of hours from 0 to "
								+ String.format(Locale.ROOT, "%,d", (long) MAX_HOURS) + " (not negative)");
				continue;
			}
			current[(ai == 1 ? 0 : 2) + (external == 1 ? 0 : 1)] += hours;
			current[4]++;
		}
		List<MonthHours> list = new ArrayList<>();
		months.forEach((m, s) -> list.add(new MonthHours(m, s[0], s[1], s[2], s[3], (long) s[4])));
		return new TaskLog(rows, list, rejections.count(), rejections.kept());
	}

	/** A month written YYYY-MM (01-12), or null. */
	static YearMonth month(String s) {
		if (s.length() != 7 || s.charAt(4) != '-') {
			return null;
		}
		for (int i = 0; i < 7; i++) {
			if (i != 4 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
				return null;
			}
		}
		int m = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
		return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(s, 0, 4, 10), m) : null;
	}

	private static int yesNo(String cell) {
		String s = cell.strip().toLowerCase(Locale.ROOT);
		return switch (s) {
			case "yes", "y", "true", "1" -> 1;
			case "no", "n", "false", "0" -> 0;
			default -> -1;
		};
	}

	/** 1 external, 0 in house, -1 neither. */
	private static int doneBy(String cell) {
		String s = cell.strip().toLowerCase(Locale.ROOT);
		return switch (s) {
			case "external", "externally", "vendor", "contractor", "consultant" -> 1;
			case "in-house", "in house", "inhouse", "internal" -> 0;
			default -> -1;
		};
	}

	private static int indexOf(String[] header, String name) {
		for (int c = 0; c < header.length; c++) {
			if (header[c].strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_').equals(name)) {
				return c;
			}
		}
		return -1;
	}

}
