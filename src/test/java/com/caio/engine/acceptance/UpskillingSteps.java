package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Steps of the Head of Innovation tracking an upskilling programme over the REST API. */
public class UpskillingSteps {

	private static final String RUNS = "/api/upskilling";

	private static final Map<String, String> PARTS = Map.of("skills-survey.csv", "survey", "module-results.csv",
			"results", "task-log.csv", "tasklog");

	private final Api api;

	private final RestClient raw;

	public UpskillingSteps(Api api) {
		this.api = api;
		this.raw = api.signedIn().build();
	}

	@When("the Head of Innovation uploads the programme {string} with its survey, results and task log")
	public void upload(String programme) {
		Path p = Path.of(programme);
		api.upload(RUNS, parts(p, p.getParent()));
	}

	@When("the Head of Innovation uploads the programme {string} without the module {string}")
	public void uploadWithout(String programme, String module) throws IOException {
		Path p = Path.of(programme);
		YAMLMapper yaml = YAMLMapper.builder().build();
		ObjectNode root = (ObjectNode) yaml.readTree(p.toFile());
		ArrayNode modules = (ArrayNode) root.get("curriculum").get("modules");
		for (int i = modules.size() - 1; i >= 0; i--) {
			if (modules.get(i).get("id").asString().equals(module)) {
				modules.remove(i);
			}
		}
		Path dir = Files.createTempDirectory("upskilling");
		Path edited = dir.resolve("programme.yaml");
		Files.write(edited, yaml.writeValueAsBytes(root));
		api.upload(RUNS, parts(edited, p.getParent()));
	}

	@When("the Head of Innovation uploads the programme {string} with these lines added to its files:")
	public void uploadWithLines(String programme, DataTable lines) throws IOException {
		Path p = Path.of(programme);
		Path dir = Files.createTempDirectory("upskilling");
		for (String f : PARTS.keySet()) {
			Files.copy(p.getParent().resolve(f), dir.resolve(f));
		}
		for (Map<String, String> row : lines.asMaps()) {
			Files.writeString(dir.resolve(row.get("file")), row.get("line") + "\n", StandardOpenOption.APPEND);
		}
		api.upload(RUNS, parts(p, dir));
	}

	@Then("the baseline assessed {int} people, with the share at target by area:")
	public void baseline(int people, DataTable areas) {
		JsonNode b = api.result().get("baseline");
		assertThat(b.get("respondents").asInt()).isEqualTo(people);
		List<List<String>> actual = b.get("areas")
			.valueStream()
			.map(a -> List.of(a.get("group").asString(), a.get("people").asString(), pct(a.get("share").asDouble())))
			.toList();
		assertThat(actual).isEqualTo(areas.cells().subList(1, areas.cells().size()));
	}

	@Then("{string} is a critical gap for the {word} {word} role")
	public void criticalGap(String text, String role1, String role2) {
		String role = role1 + " " + role2;
		assertThat(api.result().get("baseline").get("skills").valueStream()).anySatisfy(s -> assertThat(
				List.of(s.get("text").asString(), s.get("role").asString(), s.get("critical").asBoolean()))
			.isEqualTo(List.of(text, role, true)));
	}

	@Then("every critical gap is covered by a module for its role")
	public void covered() {
		assertThat(findings().stream().map(f -> f.get("ruleId").asString())).doesNotContain("UPS-CUR-003");
		assertThat(findings().stream().map(f -> f.get("ruleId").asString())).contains("UPS-GAP-001");
	}

	@Then("the upskilling finding of rule {string} says {string}")
	public void finding(String rule, String words) {
		assertThat(findings()).anySatisfy(f -> {
			assertThat(f.get("ruleId").asString()).isEqualTo(rule);
			assertThat(f.get("message").asString()).contains(words);
		});
	}

	@Then("the modules read:")
	public void modules(DataTable table) {
		List<List<String>> actual = api.result()
			.get("modules")
			.valueStream()
			.map(m -> List.of(m.get("title").asString(), m.get("deliveredAndAssessed").asBoolean() ? "yes" : "no",
					pct(m.get("completion").asDouble()),
					String.format(Locale.ROOT, "%+.1f", m.get("meanGain").asDouble()),
					String.format(Locale.ROOT, "%.1f to %.1f", m.get("gainLow").asDouble(),
							m.get("gainHigh").asDouble()),
					pct(m.get("reachedShare").asDouble())))
			.toList();
		assertThat(actual).isEqualTo(table.cells().subList(1, table.cells().size()));
	}

	@Then("external AI hours are {int} a month at baseline and {int}% lower in the latest month")
	public void shift(int baseline, int lower) {
		JsonNode s = api.result().get("shift");
		assertThat(Math.round(s.get("baselineExternalHours").asDouble())).isEqualTo(baseline);
		assertThat(pct(s.get("latestReduction").asDouble())).isEqualTo(lower + "%");
	}

	@Then("the trend projects a {int}% reduction at month {int} with a {int}% probability of reaching {int}%")
	public void projection(int reduction, int month, int probability, int target) {
		JsonNode s = api.result().get("shift");
		assertThat(pct(s.get("projectedReduction").asDouble())).isEqualTo(reduction + "%");
		assertThat(s.get("targetMonth").asInt()).isEqualTo(month);
		assertThat(pct(s.get("probability").asDouble())).isEqualTo(probability + "%");
		assertThat(pct(s.get("target").asDouble())).isEqualTo(target + "%");
	}

	@Then("the progress documents {string} can be fetched")
	public void documents(String names) {
		long id = api.last().body().get("id").asLong();
		for (String name : names.split(", ")) {
			byte[] body = raw.get().uri(RUNS + "/" + id + "/" + name).retrieve().body(byte[].class);
			assertThat(body).as(name).isNotEmpty();
		}
	}

	@Then("line {int} of the results is rejected because {string}")
	public void rejectedFromResults(int line, String reason) {
		rejectedIn("results", line, reason);
	}

	@Then("line {int} of the task log is rejected because {string}")
	public void rejectedFromTaskLog(int line, String reason) {
		rejectedIn("task log", line, reason);
	}

	private void rejectedIn(String file, int line, String reason) {
		assertThat(api.result().get("rejected").get("lines").valueStream()).anySatisfy(l -> assertThat(
				List.of(l.get("file").asString(), l.get("line").asInt(), l.get("reason").asString().contains(reason)))
			.isEqualTo(List.of(file, line, true)));
	}

	private List<JsonNode> findings() {
		return api.result().get("findings").valueStream().toList();
	}

	private static Map<String, Path> parts(Path programme, Path dir) {
		Map<String, Path> parts = new LinkedHashMap<>();
		parts.put("file", programme);
		PARTS.forEach((file, part) -> parts.put(part, dir.resolve(file)));
		return parts;
	}

	private static String pct(double share) {
		return Math.round(100 * share) + "%";
	}

}
