package com.caio.engine.ruleversions;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caio.engine.rules.RuleTableRows;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

/**
 * What changed from one kept version to another, file by file: added, removed or changed;
 * a unified line diff for text files; and for a decision table the rows that changed,
 * named by their row label.
 *
 * @param from the version compared from
 * @param to the version compared to
 */
public record VersionDiff(String from, String to, List<FileChange> files) {

	/** Lines of context around each change in a unified diff. */
	static final int CONTEXT = 3;

	/**
	 * A rule id at the start of a row label, as the house writes them: RISK-BAND-CRIT.
	 */
	private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+(?=\\s|$)");

	/**
	 * @param change added, removed or changed
	 * @param unified the unified diff (empty for a binary file)
	 * @param rows the changed rows when the file is a decision table, else empty
	 */
	public record FileChange(String path, String change, List<String> unified, List<RowChange> rows) {
	}

	/**
	 * A decision-table row that was added, removed or changed, by its label.
	 *
	 * @param before its cells in {@code from} (empty when added)
	 * @param after its cells in {@code to} (empty when removed)
	 */
	public record RowChange(String label, String change, List<String> before, List<String> after) {
	}

	static VersionDiff of(String from, Map<String, byte[]> a, String to, Map<String, byte[]> b) {
		List<FileChange> changes = new ArrayList<>();
		TreeSet<String> paths = new TreeSet<>(a.keySet());
		paths.addAll(b.keySet());
		for (String path : paths) {
			byte[] before = a.get(path);
			byte[] after = b.get(path);
			if (before != null && after != null && Arrays.equals(before, after)) {
				continue;
			}
			String change = before == null ? "added" : after == null ? "removed" : "changed";
			changes.add(new FileChange(path, change, unified(path, before, after), rows(path, before, after)));
		}
		return new VersionDiff(from, to, changes);
	}

	private static List<String> unified(String path, byte[] before, byte[] after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		if (a == null || b == null) {
			return List.of();
		}
		return UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + path,
				after == null ? "/dev/null" : "b/" + path, a, DiffUtils.diff(a, b), CONTEXT);
	}

	/** The lines of a text file; empty for no file; null when the bytes are not text. */
	private static List<String> lines(byte[] content) {
		if (content == null) {
			return List.of();
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.indexOf('\0') >= 0 ? null : Arrays.asList(text.split("\r\n|\n|\r", -1));
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static List<RowChange> rows(String path, byte[] before, byte[] after) {
		Map<String, RuleTableRows.Row> a = keyed(path, before);
		Map<String, RuleTableRows.Row> b = keyed(path, after);
		List<RowChange> rows = new ArrayList<>();
		b.forEach((key, row) -> {
			RuleTableRows.Row old = a.get(key);
			if (old == null) {
				rows.add(new RowChange(row.label(), "added", List.of(), row.cells()));
			}
			else if (!old.cells().equals(row.cells())) {
				rows.add(new RowChange(row.label(), "changed", old.cells(), row.cells()));
			}
		});
		a.forEach((key, row) -> {
			if (!b.containsKey(key)) {
				rows.add(new RowChange(row.label(), "removed", row.cells(), List.of()));
			}
		});
		return rows;
	}

	/**
	 * A table's rows by their rule id (the label's first word, e.g. RISK-BAND-CRIT, so a
	 * row whose name changed with its values is one changed row), else by the label; a
	 * key used twice gets " (2)" so no row hides another.
	 */
	private static Map<String, RuleTableRows.Row> keyed(String path, byte[] content) {
		Map<String, RuleTableRows.Row> rows = new LinkedHashMap<>();
		if (content == null) {
			return rows;
		}
		RuleTableRows.of(path, content).ifPresent(list -> list.forEach(row -> {
			Matcher id = RULE_ID.matcher(row.label());
			String key = id.lookingAt() ? id.group() : row.label();
			String unique = key;
			for (int n = 2; rows.containsKey(unique); n++) {
				unique = key + " (" + n + ")";
			}
			rows.put(unique, row);
		}));
		return rows;
	}

}
