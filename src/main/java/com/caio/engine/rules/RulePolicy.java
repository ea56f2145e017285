package com.caio.engine.rules;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allow-list checks on rule text before it is compiled. DRL is arbitrary Java and a
 * decision-table cell is pasted into code, so rules edited by business users must not
 * reach the JVM, the file system or the network. This is a guard against mistakes and
 * casual misuse, not a sandbox.
 */
final class RulePolicy {

	private static final List<String> ALLOWED_IMPORT_PREFIXES = List.of("com.caio.engine.", "java.util.", "java.time.",
			"java.math.", "java.lang.Math");

	private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)");

	private static final Pattern FORBIDDEN = Pattern
		.compile("\\b(System\\s*\\.|Runtime\\b|ProcessBuilder\\b|Thread\\b|ClassLoader\\b|Class\\s*\\.\\s*forName"
				+ "|getClass\\s*\\(|java\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*reflect)\\b|exec\\s*\\()");

	/**
	 * A decision-table data cell is a value, never code: no quotes, braces, parentheses
	 * or semicolons.
	 */
	private static final Pattern UNSAFE_CELL = Pattern.compile("[\"`;(){}\\\\]");

	private RulePolicy() {
	}

	/** Checks DRL text line by line; {@code file} is what messages name. */
	static void checkDrl(String file, String text, Consumer<RuleMessage> messages) {
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = stripLineComment(lines[i]);
			Matcher imp = IMPORT.matcher(line);
			if (imp.find()) {
				if (ALLOWED_IMPORT_PREFIXES.stream().noneMatch(imp.group(1)::startsWith)) {
					messages.accept(RuleMessage.error(file, i + 1, imp.start(1) + 1, "import of '" + imp.group(1)
							+ "' is not allowed in rules; allowed: " + String.join(", ", ALLOWED_IMPORT_PREFIXES)));
				}
				continue;
			}
			Matcher bad = FORBIDDEN.matcher(line);
			if (bad.find()) {
				messages.accept(RuleMessage.error(file, i + 1, bad.start() + 1, "'" + bad.group().trim()
						+ "' is not allowed in rules (no system, thread, file or network access)"));
			}
		}
	}

	/** Returns a reason if a decision-table data cell is not a plain value, else null. */
	static String unsafeCellReason(String cell) {
		Matcher m = UNSAFE_CELL.matcher(cell);
		if (m.find()) {
			return "cell value '" + cell + "' contains '" + m.group()
					+ "'; a cell holds a plain value (number, word or name), never code";
		}
		return null;
	}

	private static String stripLineComment(String line) {
		int idx = line.indexOf("//");
		return idx < 0 ? line : line.substring(0, idx);
	}

}
