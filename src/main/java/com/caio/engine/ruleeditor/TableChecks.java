package com.caio.engine.ruleeditor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caio.engine.rules.RuleMessage;

/**
 * What a decision table's rows claim, checked before publishing: in a threshold column
 * ({@code score >= $param}) two rows with the same threshold, scores of the column's
 * declared range ({@code [integer 1..25]}) that no row reaches and rows no score reaches;
 * in a range column ({@code score >= $1, score <= $2}) gaps, overlaps and empty ranges;
 * in an equality column two rows that claim the same value. Each finding is a warning at
 * the row and column a business user edits.
 */
final class TableChecks {

	private static final Pattern THRESHOLD = Pattern.compile("(>=|>|<=|<)\\s*\\$param\\b");

	private static final Pattern RANGE = Pattern.compile("(>=|>)\\s*\\$1\\b.*(<=|<)\\s*\\$2\\b", Pattern.DOTALL);

	private static final Pattern EQUALITY = Pattern.compile("==\\s*\"?\\$(param|\\d)");

	private static final Pattern DECLARED_RANGE = Pattern.compile("\\[[a-z ]*?(-?[\\d.]+)\\s*\\.\\.\\s*(-?[\\d.]+)\\]");

	private final String path;

	private final List<List<String>> rows;

	private final List<RuleMessage> findings = new ArrayList<>();

	private TableChecks(String path, List<List<String>> rows) {
		this.path = path;
		this.rows = rows;
	}

	/** The findings of every rule table in the sheet, in row order. */
	static List<RuleMessage> check(String path, List<List<String>> rows) {
		TableChecks checks = new TableChecks(path, rows);
		for (GridTable table : GridTable.all(rows)) {
			checks.table(table);
		}
		return checks.findings;
	}

	private void table(GridTable table) {
		for (int c = 0; c < table.kinds().size(); c++) {
			if (!"CONDITION".equals(table.kinds().get(c))) {
				continue;
			}
			String code = cell(table.codeRow(), c);
			String title = cell(table.titleRow(), c);
			Matcher range = RANGE.matcher(code);
			Matcher threshold = THRESHOLD.matcher(code);
			if (range.find()) {
				ranges(table, c, title);
			}
			else if (threshold.find()) {
				thresholds(table, c, title, threshold.group(1));
			}
			else if (EQUALITY.matcher(code).find()) {
				equalities(table, c, title);
			}
		}
	}

	private void thresholds(GridTable table, int c, String title, String operator) {
		Map<BigDecimal, Integer> seen = new HashMap<>();
		List<BigDecimal> values = new ArrayList<>();
		for (int r : table.dataRows()) {
			BigDecimal value = number(cell(r, c));
			if (value == null) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(value.stripTrailingZeros(), r);
			if (earlier != null) {
				warn(r, c, "rows " + (earlier + 1) + " and " + (r + 1) + " both claim '" + plain(title) + "' "
						+ operator + " " + value.toPlainString() + "; one of them never decides");
			}
			values.add(value);
		}
		BigDecimal[] domain = domain(title);
		if (domain == null || values.isEmpty()) {
			return;
		}
		boolean atLeast = operator.startsWith(">");
		BigDecimal lowest = values.stream().min(Comparator.naturalOrder()).orElseThrow();
		BigDecimal highest = values.stream().max(Comparator.naturalOrder()).orElseThrow();
		if (atLeast && lowest.compareTo(domain[0]) > 0) {
			warn(table.dataRows().get(0), c, "'" + plain(title) + "' from " + domain[0].toPlainString() + " to below "
					+ lowest.toPlainString() + " reaches no row");
		}
		if (!atLeast && highest.compareTo(domain[1]) < 0) {
			warn(table.dataRows().get(0), c, "'" + plain(title) + "' above " + highest.toPlainString() + " up to "
					+ domain[1].toPlainString() + " reaches no row");
		}
		for (int r : table.dataRows()) {
			BigDecimal value = number(cell(r, c));
			if (value != null && (atLeast ? value.compareTo(domain[1]) > 0 : value.compareTo(domain[0]) < 0)) {
				warn(r, c, "no '" + plain(title) + "' reaches " + value.toPlainString() + " (they run from "
						+ domain[0].toPlainString() + " to " + domain[1].toPlainString() + "): this row never fires");
			}
		}
	}

	private record Interval(int row, BigDecimal from, BigDecimal to) {
	}

	private void ranges(GridTable table, int c, String title) {
		List<Interval> intervals = new ArrayList<>();
		for (int r : table.dataRows()) {
			String[] parts = cell(r, c).split(",");
			BigDecimal from = parts.length == 2 ? number(parts[0]) : null;
			BigDecimal to = parts.length == 2 ? number(parts[1]) : null;
			if (from == null || to == null) {
				continue;
			}
			if (from.compareTo(to) > 0) {
				warn(r, c, "the range " + from.toPlainString() + " to " + to.toPlainString()
						+ " is empty: this row never fires");
				continue;
			}
			intervals.add(new Interval(r, from, to));
		}
		intervals.sort(Comparator.comparing(Interval::from));
		for (int i = 1; i < intervals.size(); i++) {
			Interval before = intervals.get(i - 1);
			Interval next = intervals.get(i);
			if (next.from().compareTo(before.to()) <= 0) {
				warn(next.row(), c,
						"rows " + (before.row() + 1) + " and " + (next.row() + 1) + " both claim '" + plain(title)
								+ "' from " + next.from().toPlainString() + " to "
								+ before.to().min(next.to()).toPlainString());
			}
			else if (next.from().compareTo(before.to()) > 0) {
				warn(next.row(), c, "'" + plain(title) + "' between " + before.to().toPlainString() + " and "
						+ next.from().toPlainString() + " reaches no row");
			}
		}
	}

	private void equalities(GridTable table, int c, String title) {
		Map<String, Integer> seen = new HashMap<>();
		for (int r : table.dataRows()) {
			String value = cell(r, c).trim();
			if (value.isEmpty()) {
				continue;
			}
			Integer earlier = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), r);
			if (earlier != null) {
				warn(r, c, "rows " + (earlier + 1) + " and " + (r + 1) + " both claim '" + plain(title) + "' = '"
						+ value + "'");
			}
		}
	}

	private static BigDecimal[] domain(String title) {
		Matcher m = DECLARED_RANGE.matcher(title.toLowerCase(Locale.ROOT));
		return m.find() ? new BigDecimal[] { new BigDecimal(m.group(1)), new BigDecimal(m.group(2)) } : null;
	}

	private static String plain(String title) {
		return title.replaceAll("\\s*\\[[^\\]]*\\]\\s*$", "");
	}

	private static BigDecimal number(String text) {
		String t = text.trim();
		return t.matches("-?\\d{1,15}(\\.\\d{1,15})?") ? new BigDecimal(t) : null;
	}

	private String cell(int r, int c) {
		return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
	}

	private void warn(int r, int c, String message) {
		findings.add(RuleMessage.warning(path, r + 1, c + 1, message));
	}

}
