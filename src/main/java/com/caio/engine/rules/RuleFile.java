package com.caio.engine.rules;

import java.nio.charset.StandardCharsets;

/**
 * One file of a rule set as read from disk.
 *
 * @param folder the top-level rules folder it belongs to (one rule base per folder)
 * @param relativePath path below the rules folder, with '/' separators
 * @param displayPath path as shown to users in messages
 */
public record RuleFile(String folder, String relativePath, String displayPath, Kind kind, byte[] content) {

	/** What the runtime does with the file. */
	public enum Kind {

		DRL, DECISION_TABLE_CSV, DECISION_TABLE_XLSX, DATA

	}

	public static Kind kindOf(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(".drl")) {
			return Kind.DRL;
		}
		if (lower.endsWith(".drl.csv")) {
			return Kind.DECISION_TABLE_CSV;
		}
		if (lower.endsWith(".drl.xlsx") || lower.endsWith(".drl.xls")) {
			return Kind.DECISION_TABLE_XLSX;
		}
		return Kind.DATA;
	}

	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

}
