package com.caio.engine.engagement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.caio.engine.engagement.model.Criterion;
import com.caio.engine.engagement.model.Stories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which rule checks each acceptance criterion, which scenarios show it, and how they last
 * ran: built from the compiled acceptance rules, the feature files and Cucumber's message
 * stream. A criterion without a rule or without a scenario is a problem.
 */
public final class AcceptanceMatrix {

	private static final Pattern SCENARIO = Pattern.compile("^\\s*Scenario(?: Outline)?:\\s*(.+)$");

	private static final Pattern CRITERION_ID = Pattern.compile("\\bAC-[A-Z]+-[A-Z]+-\\d+\\b");

	private static final List<String> WORST_FIRST = List.of("FAILED", "AMBIGUOUS", "UNDEFINED", "PENDING", "SKIPPED",
			"UNKNOWN", "PASSED");

	/** A scenario, the feature file it is in, and its last result (null if never run). */
	public record Scenario(String name, String feature, String lastResult) {
	}

	/** One criterion's row. */
	public record Row(String storyId, String criterionId, int number, String criterion, String ruleId, String ruleName,
			List<Scenario> scenarios, String lastResult, List<String> problems) {
	}

	/** The matrix and every problem in it. */
	public record Matrix(String resultsFile, List<Row> rows, List<String> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	private AcceptanceMatrix() {
	}

	public static Matrix build(Map<String, AcceptanceRules.AcceptanceRule> rules, Path features, Path results) {
		Map<String, List<String[]>> scenarios = scenarios(features);
		Map<String, String> lastResults = results(results);
		List<Row> rows = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Criterion c : Stories.criteria()) {
			List<String> rowProblems = new ArrayList<>();
			AcceptanceRules.AcceptanceRule rule = rules.get(c.id());
			if (rule == null) {
				rowProblems.add(c.id() + " has no rule in rules/acceptance/ (a rule with @id(\"" + c.id() + "\"))");
			}
			else if (!rule.name().equals(c.words())) {
				rowProblems.add(c.id() + ": its rule's name is not the criterion's words");
			}
			List<Scenario> list = scenarios.getOrDefault(c.id(), List.of())
				.stream()
				.map(s -> new Scenario(s[0], s[1], lastResults.get(s[0])))
				.toList();
			if (list.isEmpty()) {
				rowProblems.add(c.id() + " has no scenario in " + features + " (a scenario whose name carries the id)");
			}
			String last = worst(list.stream().map(Scenario::lastResult).toList());
			if ("FAILED".equals(last)) {
				rowProblems.add(c.id() + ": a scenario failed in the last run");
			}
			problems.addAll(rowProblems);
			rows.add(new Row(c.storyId(), c.id(), c.number(), c.words(), rule == null ? null : rule.id(),
					rule == null ? null : rule.name(), list, last, rowProblems));
		}
		return new Matrix(results.toString(), rows, problems);
	}

	/** The matrix as a self-contained HTML page. */
	public static String html(Matrix matrix) {
		StringBuilder out = new StringBuilder("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Acceptance matrix</title>
				<style>body{font-family:sans-serif;font-size:13px;margin:24px}table{border-collapse:collapse}
				td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
				.PASSED{color:#1a7f37}.FAILED{color:#c01c1c;font-weight:bold}.none{color:#888}</style></head><body>
				<h1>Acceptance matrix</h1>""");
		out.append("<p>")
			.append(matrix.ok() ? "Every criterion has a rule and a scenario." : "Problems: ")
			.append(escape(String.join("; ", matrix.problems())))
			.append("</p><p>Results from ")
			.append(escape(matrix.resultsFile()))
			.append("</p><table><tr><th>Story</th><th>Criterion</th><th>Rule</th><th>Scenarios</th><th>Last result</th></tr>");
		for (Row row : matrix.rows()) {
			String last = row.lastResult() == null ? "not run" : row.lastResult();
			out.append("<tr><td>")
				.append(row.storyId())
				.append("</td><td>")
				.append(row.number())
				.append(". ")
				.append(escape(row.criterion()))
				.append("</td><td>")
				.append(row.ruleId() == null ? "<b>none</b>" : row.ruleId())
				.append("</td><td>")
				.append(escape(String.join("<br>", row.scenarios().stream().map(s -> s.feature()).toList())))
				.append("</td><td class=\"")
				.append(row.lastResult() == null ? "none" : row.lastResult())
				.append("\">")
				.append(last)
				.append("</td></tr>\n");
		}
		return out.append("</table></body></html>\n").toString();
	}

	private static Map<String, List<String[]>> scenarios(Path features) {
		Map<String, List<String[]>> byCriterion = new LinkedHashMap<>();
		if (!Files.isDirectory(features)) {
			return byCriterion;
		}
		try (Stream<Path> walk = Files.walk(features)) {
			for (Path file : walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					Matcher m = SCENARIO.matcher(line);
					if (m.matches()) {
						String name = m.group(1).strip();
						Matcher id = CRITERION_ID.matcher(name);
						while (id.find()) {
							byCriterion.computeIfAbsent(id.group(), k -> new ArrayList<>())
								.add(new String[] { name, features.relativize(file).toString() });
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return byCriterion;
	}

	/** The worst step result of each scenario name in the message stream. */
	static Map<String, String> results(Path ndjson) {
		Map<String, String> pickles = new HashMap<>();
		Map<String, String> testCases = new HashMap<>();
		Map<String, String> started = new HashMap<>();
		Map<String, String> result = new HashMap<>();
		if (!Files.isRegularFile(ndjson)) {
			return result;
		}
		JsonMapper json = JsonMapper.builder().build();
		try (BufferedReader in = Files.newBufferedReader(ndjson)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode m = json.readTree(line);
				if (m.has("pickle")) {
					pickles.put(m.get("pickle").path("id").asString(), m.get("pickle").path("name").asString());
				}
				else if (m.has("testCase")) {
					testCases.put(m.get("testCase").path("id").asString(),
							m.get("testCase").path("pickleId").asString());
				}
				else if (m.has("testCaseStarted")) {
					JsonNode s = m.get("testCaseStarted");
					String name = pickles.get(testCases.get(s.path("testCaseId").asString()));
					started.put(s.path("id").asString(), name);
					result.put(name, "PASSED");
				}
				else if (m.has("testStepFinished")) {
					JsonNode f = m.get("testStepFinished");
					String name = started.get(f.path("testCaseStartedId").asString());
					String status = f.path("testStepResult").path("status").asString();
					result.put(name, worst(List.of(result.getOrDefault(name, "PASSED"), status)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}

	private static String worst(List<String> statuses) {
		String worst = null;
		for (String status : statuses) {
			if (status != null && (worst == null || WORST_FIRST.indexOf(status) < WORST_FIRST.indexOf(worst))) {
				worst = status;
			}
		}
		return worst;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("&lt;br&gt;", "<br>");
	}

}
