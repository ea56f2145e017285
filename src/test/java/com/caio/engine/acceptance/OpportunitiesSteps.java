package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Steps of the Head of Innovation ranking a workshop backlog and comparing time to MVP
 * over the REST API.
 */
public class OpportunitiesSteps {

	private static final String RUNS = "/api/opportunities";

	private final Api api;

	private final RuleEdits edits;

	private final RestClient raw;

	private JsonNode run;

	public OpportunitiesSteps(Api api, RuleEdits edits, Environment environment) {
		this.api = api;
		this.edits = edits;
		this.raw = api.signedIn().build();
	}

	@When("the Head of Innovation uploads the backlog {string}")
	public void uploadBacklog(String file) {
		upload(Map.of("file", Path.of(file)));
	}

	@When("the Head of Innovation uploads the backlog {string} with the MVP plan {string}")
	public void uploadBoth(String backlog, String plan) {
		Map<String, Path> parts = new LinkedHashMap<>();
		parts.put("file", Path.of(backlog));
		parts.put("plan", Path.of(plan));
		upload(parts);
	}

	@When("the Head of Innovation uploads the MVP plan {string}")
	public void uploadPlan(String plan) {
		upload(Map.of("file", Path.of(plan)));
	}

	@When("the Head of Innovation uploads the first {int} use cases of {string}")
	public void uploadFirst(int count, String file) throws IOException {
		List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
		upload(Map.of("file", write(Path.of(file).getFileName().toString(), lines.subList(0, count + 1))));
	}

	@When("the Head of Innovation uploads {string} with the confidence of {string} set to {int}")
	public void uploadWithConfidence(String file, String id, int confidence) throws IOException {
		List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
		int column = Arrays.asList(lines.get(0).split(",")).indexOf("confidence");
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).startsWith(id + ",")) {
				String[] cells = lines.get(i).split(",", -1);
				cells[column] = String.valueOf(confidence);
				lines.set(i, String.join(",", cells));
			}
		}
		api.upload(RUNS, Map.of("file", write(Path.of(file).getFileName().toString(), lines)));
	}

	@When("the Head of Innovation uploads the MVP plan {string} with {string} waiting for {string}")
	public void uploadWithCycle(String plan, String task, String waitsFor) throws IOException {
		String text = Files.readString(Path.of(plan))
			.replace("  - id: " + task + "\n", "  - id: " + task + "\n    dependsOn: [" + waitsFor + "]\n");
		Path copy = write(Path.of(plan).getFileName().toString(), List.of(text));
		api.upload(RUNS, Map.of("file", copy));
	}

	@When("a business user sets {string} to {double} in {string}")
	public void setPolicy(String key, double value, String file) throws IOException {
		edits.markEdited();
		Path path = CucumberSpringConfiguration.WORKSPACE.rules().resolve(file);
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			String[] cells = lines.get(i).split(",", -1);
			if (cells.length > 2 && cells[1].equals(key)) {
				cells[2] = String.valueOf(value);
				lines.set(i, String.join(",", cells));
			}
		}
		Files.write(path, lines, StandardCharsets.UTF_8);
		// the watcher would pick the edit up too; reloading here keeps the scenario
		// independent of its timing
		assertThat(api.post("/api/rules/reload").status()).isEqualTo(200);
	}

	@Then("the backlog holds {int} use cases, {word} the policy of {int} to {int}")
	public void size(int size, String within, int min, int max) {
		JsonNode b = backlog();
		assertThat(b.get("size").asInt()).isEqualTo(size);
		assertThat(b.get("ranked").size()).isEqualTo(size);
		assertThat(b.get("sizeMin").asInt()).isEqualTo(min);
		assertThat(b.get("sizeMax").asInt()).isEqualTo(max);
		assertThat(b.get("sizeWithinPolicy").asBoolean()).isEqualTo(within.equals("within"));
	}

	@Then("the use cases are ranked by {string} as:")
	public void ranked(String method, DataTable table) {
		JsonNode b = backlog();
		assertThat(b.get("method").asString()).isEqualTo(method);
		List<Map<String, String>> rows = table.asMaps();
		for (int i = 0; i < rows.size(); i++) {
			JsonNode r = b.get("ranked").get(i);
			assertThat(r.get("rank").asString()).isEqualTo(rows.get(i).get("rank"));
			assertThat(r.get("title").asString()).isEqualTo(rows.get(i).get("use case"));
			assertThat(r.get("riskLevel").asString()).isEqualTo(rows.get(i).get("risk"));
		}
	}

	@Then("the use cases are ranked by {string} with {string} first")
	public void rankedFirst(String method, String title) {
		assertThat(backlog().get("method").asString()).isEqualTo(method);
		assertThat(backlog().get("ranked").get(0).get("title").asString()).isEqualTo(title);
	}

	@Then("every ranked use case names its target KPI, its uplift and effort estimates and its risk notes")
	public void everyRankedComplete() {
		for (JsonNode r : backlog().get("ranked")) {
			assertThat(r.get("targetKpi").asString()).isNotBlank();
			assertThat(r.get("upliftPercent").get("likely").asDouble()).isPositive();
			assertThat(r.get("effortWeeks").get("high").asDouble())
				.isGreaterThanOrEqualTo(r.get("effortWeeks").get("low").asDouble());
			assertThat(r.get("riskNotes").asString()).isNotBlank();
		}
	}

	@Then("the go\\/no-go decisions are:")
	public void decisions(DataTable table) {
		JsonNode decisions = backlog().get("goNoGo");
		List<Map<String, String>> rows = table.asMaps();
		assertThat(decisions.size()).isEqualTo(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			JsonNode d = decisions.get(i);
			assertThat(d.get("rank").asString()).isEqualTo(rows.get(i).get("rank"));
			assertThat(d.get("title").asString()).isEqualTo(rows.get(i).get("use case"));
			assertThat(d.get("decision").asString()).isEqualTo(rows.get(i).get("decision"));
			assertThat(
					String.join(", ", d.get("firedRules").valueStream().map(f -> f.get("ruleId").asString()).toList()))
				.isEqualTo(rows.get(i).get("rules"));
			assertThat(d.get("mvpScope").isNull()).isEqualTo(rows.get(i).get("decision").equals("NO_GO"));
		}
	}

	@Then("each go records an MVP scope with what is in and out, the target metric, an uplift band, success and acceptance criteria")
	public void scopes() {
		for (JsonNode d : backlog().get("goNoGo")) {
			if (!d.get("decision").asString().equals("NO_GO")) {
				JsonNode s = d.get("mvpScope");
				assertThat(s.get("in").size()).as(d.get("title").asString()).isPositive();
				assertThat(s.get("out").size()).isPositive();
				assertThat(s.get("targetMetric").asString()).isNotBlank();
				assertThat(s.get("upliftHighPercent").asDouble()).isGreaterThan(s.get("upliftLowPercent").asDouble());
				assertThat(s.get("successCriteria").size()).isPositive();
				assertThat(s.get("acceptanceCriteria").size()).isPositive();
			}
		}
	}

	@Then("the MVP of {string} targets {string} with an uplift from {int} to {int} percent")
	public void mvpTarget(String title, String metric, int low, int high) {
		JsonNode scope = backlog().get("goNoGo")
			.valueStream()
			.filter(d -> d.get("title").asString().equals(title))
			.findFirst()
			.orElseThrow()
			.get("mvpScope");
		assertThat(scope.get("targetMetric").asString()).isEqualTo(metric);
		assertThat(scope.get("upliftLowPercent").asInt()).isEqualTo(low);
		assertThat(scope.get("upliftHighPercent").asInt()).isEqualTo(high);
	}

	@Then("the finding of rule {string} says {string}")
	public void ruleReports(String ruleId, String message) {
		assertThat(run.get("result").get("findings").valueStream()).anySatisfy(f -> {
			assertThat(f.get("ruleId").asString()).isEqualTo(ruleId);
			assertThat(f.get("message").asString()).contains(message);
		});
	}

	@Then("the plan was simulated {int} times from the pilot start on {string} with a target of {int} months, by {string}")
	public void simulated(int draws, String start, int months, String target) {
		JsonNode p = plan();
		assertThat(p.get("draws").asInt()).isEqualTo(draws);
		assertThat(p.get("pilotStart").asString()).isEqualTo(start);
		assertThat(p.get("targetMonths").asInt()).isEqualTo(months);
		assertThat(p.get("targetDate").asString()).isEqualTo(target);
	}

	@Then("with the fractional CAIO the P80 time to MVP is within the target with at least {int}% probability")
	public void assistedWithin(int percent) {
		JsonNode assisted = mode("ASSISTED");
		assertThat(assisted.get("p80Days").asDouble()).isLessThanOrEqualTo(plan().get("targetWorkingDays").asDouble());
		assertThat(assisted.get("probabilityWithinTarget").asDouble()).isGreaterThanOrEqualTo(percent / 100.0);
	}

	@Then("the internal team alone finishes within the target with under {int}% probability")
	public void internalWithin(int percent) {
		assertThat(mode("INTERNAL").get("probabilityWithinTarget").asDouble()).isLessThan(percent / 100.0);
	}

	@Then("the assisted P50 and P80 are both shorter than the internal-only ones")
	public void shorter() {
		for (String p : List.of("p50Days", "p80Days")) {
			assertThat(mode("ASSISTED").get(p).asDouble()).isLessThan(mode("INTERNAL").get(p).asDouble());
		}
		assertThat(plan().get("reduction").get("p50Days").asDouble()).isPositive();
		assertThat(plan().get("reduction").get("p80Percent").asDouble()).isPositive();
	}

	@Then("the tasks most often on the critical path include {string}")
	public void critical(String name) {
		assertThat(plan().get("criticalTasks").valueStream().map(t -> t.get("name").asString()).toList())
			.contains(name);
	}

	@Then("every task names exactly one accountable person")
	public void oneAccountable() {
		assertThat(plan().get("raci").size()).isEqualTo(25);
		plan().get("raci")
			.forEach(r -> assertThat(r.get("accountable").size()).as(r.get("name").asString()).isEqualTo(1));
	}

	@Then("the weekly resource plan lists {int} people with the fractional CAIO within the proposal's {int} hours a week")
	public void resourcePlan(int people, int hours) {
		JsonNode plan = plan().get("resourcePlan");
		assertThat(plan.get("people").size()).isEqualTo(people);
		assertThat(plan.get("weeks").size()).isPositive();
		plan.get("weeks").forEach(w -> assertThat(w.get("fractionalHours").asDouble()).isLessThanOrEqualTo(hours));
	}

	@Then("no resourcing rule reports a finding")
	public void noResourcingFinding() {
		assertThat(run.get("result").get("findings").valueStream().map(f -> f.get("ruleId").asString()))
			.noneMatch(id -> id.startsWith("OPP-RES") || id.startsWith("OPP-COA") || id.startsWith("OPP-ACC"));
	}

	@Then("the run records the pilot start {string} and {int} MVP acceptance criteria")
	public void pilotStart(String date, int criteria) {
		assertThat(plan().get("pilotStart").asString()).isEqualTo(date);
		assertThat(plan().get("acceptanceCriteria").size()).isEqualTo(criteria);
	}

	@Then("the documents {string} can be fetched")
	public void documents(String names) {
		for (String name : names.split(", ")) {
			byte[] body = raw.get().uri(RUNS + "/" + run.get("id").asLong() + "/" + name).retrieve().body(byte[].class);
			assertThat(body).as(name).isNotEmpty();
		}
	}

	@Then("the coaching plan covers {int} people for {int} hours")
	public void coaching(int people, int hours) {
		assertThat(plan().get("coaching").get("people").asInt()).isEqualTo(people);
		assertThat(plan().get("coaching").get("totalHours").asDouble()).isEqualTo(hours);
	}

	@Then("every coaching entry has an outcome, a measure and a target")
	public void coachingMeasurable() {
		plan().get("coaching").get("entries").forEach(c -> {
			assertThat(c.get("outcome").asString()).isNotBlank();
			assertThat(c.get("measure").asString()).isNotBlank();
			assertThat(c.get("target").isNumber()).isTrue();
		});
	}

	@Then("the refusal names the tasks {string}")
	public void refusalNames(String tasks) {
		for (String task : tasks.split(", ")) {
			assertThat(api.last().body().get("detail").asString()).contains(task);
		}
	}

	private void upload(Map<String, Path> parts) {
		Api.Response response = api.upload(RUNS, parts);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		run = response.body();
	}

	private JsonNode backlog() {
		return run.get("result").get("backlog");
	}

	private JsonNode plan() {
		return run.get("result").get("mvpPlan");
	}

	private JsonNode mode(String mode) {
		return plan().get("modes")
			.valueStream()
			.filter(m -> m.get("mode").asString().equals(mode))
			.findFirst()
			.orElseThrow();
	}

	private static Path write(String name, List<String> lines) throws IOException {
		Path dir = Files.createDirectories(CucumberSpringConfiguration.WORKSPACE.root().resolve("opportunities"));
		Path file = dir.resolve(name);
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

}
