package com.caio.engine.rules;

/**
 * One compiler or validation message about a rule file, positioned for the person who
 * edits it.
 *
 * @param file the file as the user knows it, e.g. {@code rules/maturity/levels.drl.csv}
 * @param line 1-based line (for a decision table: the sheet row)
 * @param column 1-based column (for a decision table: the sheet column)
 */
public record RuleMessage(String file, int line, int column, Severity severity, String message) {

	/** How serious a message is; only errors stop a rule set from being published. */
	public enum Severity {

		ERROR, WARNING

	}

	public static RuleMessage error(String file, int line, int column, String message) {
		return new RuleMessage(file, Math.max(1, line), Math.max(1, column), Severity.ERROR, message);
	}

	public static RuleMessage warning(String file, int line, int column, String message) {
		return new RuleMessage(file, Math.max(1, line), Math.max(1, column), Severity.WARNING, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/**
	 * Where the message points, as the person editing the file reads it: {@code 12:3} in
	 * a DRL file, {@code 12:C} (row 12, column C) in a decision table.
	 */
	public String position() {
		RuleFile.Kind kind = RuleFile.kindOf(file);
		boolean sheet = kind == RuleFile.Kind.DECISION_TABLE_CSV || kind == RuleFile.Kind.DECISION_TABLE_XLSX;
		return line + ":" + (sheet ? Sheet.columnLetter(column) : String.valueOf(column));
	}

	@Override
	public String toString() {
		String prefix = file + ":" + position() + ": ";
		return isError() ? prefix + message : prefix + "warning: " + message;
	}
}
