package com.caio.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of a compiled rule set as a business reader wants them listed: id, name,
 * file, severity and the policy values the rule applies. Read from the compiled rule
 * bases, so what is listed is what runs.
 */
public final class RuleCatalogue {

	/**
	 * One rule.
	 *
	 * @param severity the rule's {@code @severity} metadata, else the Finding severity
	 * its consequence names, else ""
	 * @param policy the values the rule applies: a decision-table row's cells by column
	 * title, or a DRL rule's comparisons with numbers
	 */
	public record Entry(String id, String name, String folder, String file, int line, String severity,
			List<String> policy) {
	}

	private static final Pattern SEVERITY = Pattern.compile("Finding\\.(CRITICAL|WARNING|INFO)\\b");

	private static final Pattern COMPARISON = Pattern
		.compile("[\\w.()$]+\\s*(?:<=|>=|<|>|==|!=)\\s*-?\\d+(?:\\.\\d+)?");

	private RuleCatalogue() {
	}

	static List<Entry> of(String folder, KieBase base, Map<String, RuleFile> sources,
			Map<String, DecisionTable> tables) {
		List<Entry> entries = new ArrayList<>();
		Map<String, Source> indexed = new java.util.HashMap<>();
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				entries.add(entry(folder, rule, sources, tables, indexed));
			}
		}
		entries.sort(Comparator.comparing(Entry::file).thenComparing(Entry::line).thenComparing(Entry::name));
		return entries;
	}

	/**
	 * A rule file's lines and the line of each rule declared in it, made once per file: a
	 * 1,000-row table has 1,000 rules, and searching its text for each one was quadratic.
	 */
	private record Source(String[] lines, Map<String, Integer> ruleLines) {

		static Source of(String text) {
			String[] lines = text.split("\r?\n", -1);
			Map<String, Integer> ruleLines = new java.util.HashMap<>();
			for (int i = 0; i < lines.length; i++) {
				Matcher m = CompilerMessages.RULE_DECLARATION.matcher(lines[i]);
				if (m.find()) {
					ruleLines.putIfAbsent(m.group(1), i + 1);
				}
			}
			return new Source(lines, ruleLines);
		}

		int lineOf(String ruleName) {
			Integer line = ruleLines.get(ruleName);
			return line != null ? line : CompilerMessages.lineOfRuleNamedIn(ruleName, lines);
		}

	}

	private static Entry entry(String folder, Rule rule, Map<String, RuleFile> sources,
			Map<String, DecisionTable> tables, Map<String, Source> indexed) {
		Object id = rule.getMetaData().get("id");
		String path = rule instanceof RuleImpl impl && impl.getResource() != null ? impl.getResource().getSourcePath()
				: "";
		path = path.startsWith(RuleCompiler.RESOURCES) ? path : RuleCompiler.RESOURCES + path;
		Object metaSeverity = rule.getMetaData().get("severity");
		DecisionTable table = tables.get(path);
		RuleFile file = sources.get(path);
		String text = table != null ? table.drl() : file != null ? file.text() : "";
		Source source = indexed.computeIfAbsent(path, p -> Source.of(text));
		int line = source.lineOf(rule.getName());
		String block = ruleBlock(source.lines(), line);
		String severity = metaSeverity != null ? metaSeverity.toString() : severityIn(block);
		if (table != null) {
			RuleMessage at = table.map(line, "");
			return new Entry(id == null ? "" : id.toString(), rule.getName(), folder, at.file(), at.line(), severity,
					table.policyOfRow(at.line()));
		}
		List<String> policy = new ArrayList<>();
		int then = block.indexOf("\nthen");
		Matcher m = COMPARISON.matcher(then < 0 ? block : block.substring(0, then));
		while (m.find()) {
			policy.add(m.group().replaceAll("\\s+", " "));
		}
		return new Entry(id == null ? "" : id.toString(), rule.getName(), folder,
				file != null ? file.displayPath() : path, line, severity, policy);
	}

	private static String ruleBlock(String[] lines, int line) {
		StringBuilder block = new StringBuilder();
		for (int i = Math.max(0, line - 1); i < lines.length; i++) {
			block.append(lines[i]).append('\n');
			if (lines[i].strip().equals("end")) {
				break;
			}
		}
		return block.toString();
	}

	private static String severityIn(String block) {
		Matcher m = SEVERITY.matcher(block);
		return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
	}

	/** The catalogue as a Markdown table. */
	public static String markdown(List<Entry> entries) {
		StringBuilder out = new StringBuilder(
				"| Id | Name | File | Severity | Policy values |\n|---|---|---|---|---|\n");
		for (Entry e : entries) {
			out.append("| ")
				.append(cell(e.id()))
				.append(" | ")
				.append(cell(e.name()))
				.append(" | ")
				.append(cell(e.file() + ":" + e.line()))
				.append(" | ")
				.append(cell(e.severity()))
				.append(" | ")
				.append(cell(String.join("; ", e.policy())))
				.append(" |\n");
		}
		return out.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
