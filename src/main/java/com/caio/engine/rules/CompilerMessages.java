package com.caio.engine.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

/** Maps a Drools compiler message to the file, line and column the user edits. */
final class CompilerMessages {

	/** A rule's declaration line: {@code rule "name"}. */
	static final Pattern RULE_DECLARATION = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

	private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");

	private static final String RESOURCES = RuleCompiler.RESOURCES;

	private CompilerMessages() {
	}

	static RuleMessage map(Message m, Map<String, RuleFile> sources, Map<String, DecisionTable> tables) {
		String path = m.getPath() == null ? "" : m.getPath();
		path = path.startsWith(RESOURCES) ? path : RESOURCES + path;
		String text = m.getText() == null ? "" : m.getText().strip();
		boolean error = m.getLevel() == Message.Level.ERROR;
		DecisionTable table = tables.get(path);
		if (table != null) {
			RuleMessage r = table.map(m.getLine(), CompilerText.clean(text));
			return error ? r : RuleMessage.warning(r.file(), r.line(), r.column(), r.message());
		}
		RuleFile file = sources.get(path);
		String display = file != null ? file.displayPath() : path;
		int line = m.getLine();
		if (line <= 0 && file != null) {
			line = lineOfRuleNamedIn(text, file.text());
		}
		int column = file == null ? 1 : columnOf(CompilerText.offendingName(text), file.text(), line);
		if (column == 1) {
			column = m.getColumn() > 0 ? m.getColumn() : columnInText(text, line);
		}
		String clean = CompilerText.clean(text);
		return error ? RuleMessage.error(display, line, column, clean)
				: RuleMessage.warning(display, line, column, clean);
	}

	/** The 1-based column of {@code name} as a whole word in the given line, else 1. */
	private static int columnOf(String name, String source, int line) {
		String[] lines = source.split("\r?\n", -1);
		if (name == null || line < 1 || line > lines.length) {
			return 1;
		}
		Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w])").matcher(lines[line - 1]);
		return m.find() ? m.start() + 1 : 1;
	}

	/**
	 * The parser puts the position in its text ("Line 12:40"), 0-based;
	 * Message.getColumn() is often 0.
	 */
	private static int columnInText(String text, int line) {
		Matcher m = PARSER_POSITION.matcher(text);
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) == line) {
				return Integer.parseInt(m.group(2)) + 1;
			}
		}
		return 1;
	}

	/**
	 * Some compiler errors carry no line but name the rule: point at the rule's
	 * declaration.
	 */
	static int lineOfRuleNamedIn(String message, String source) {
		return lineOfRuleNamedIn(message, source.split("\r?\n", -1));
	}

	static int lineOfRuleNamedIn(String message, String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			Matcher rule = RULE_DECLARATION.matcher(lines[i]);
			if (rule.find() && message.contains(rule.group(1))) {
				return i + 1;
			}
		}
		return 1;
	}

}
