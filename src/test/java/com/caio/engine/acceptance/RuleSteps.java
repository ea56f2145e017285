package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import tools.jackson.databind.JsonNode;

/**
 * Steps of a business user editing the rule files of the running server, and what they
 * see.
 */
public class RuleSteps {

	private final Api api;

	private final RuleEdits edits;

	public RuleSteps(Api api, RuleEdits edits) {
		this.api = api;
		this.edits = edits;
	}

	@Given("the shipped {word} rules are serving")
	public void shippedRulesServing(String folder) {
		CucumberSpringConfiguration.WORKSPACE.resetRules();
		assertThat(api.post("/api/rules/reload").status()).as("reload of the shipped rules").isEqualTo(200);
		JsonNode files = api.get("/api/rules").body().get("files");
		assertThat(files.toString()).contains("/" + folder + "/");
		edits.noteVersion(api.last().body().get("version").asString());
	}

	@Given("the analyst notes the rule version being served")
	public void noteVersion() {
		edits.noteVersion(api.get("/api/rules").body().get("version").asString());
	}

	@When("a business user raises the {string} of band {string} to {double} in {string}")
	public void changeBand(String column, String band, double value, String file) throws IOException {
		Path path = rulesFile(file);
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		int labels = indexOfLineStartingWith(lines, "Band,");
		int columnIndex = List.of(lines.get(labels).split(",")).indexOf(column);
		int row = indexOfLineStartingWith(lines, band + ",");
		String[] cells = lines.get(row).split(",", -1);
		cells[columnIndex] = String.valueOf(value);
		lines.set(row, String.join(",", cells));
		Files.write(path, lines, StandardCharsets.UTF_8);
	}

	@When("a business user misspells {string} as {string} in the rule {string} of {string}")
	public void misspell(String word, String typo, String ruleId, String file) throws IOException {
		Path path = rulesFile(file);
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		int rule = indexOfLine(lines, l -> l.contains("rule \"" + ruleId));
		int when = indexOfLine(lines.subList(rule, lines.size()), l -> l.strip().equals("when")) + rule;
		int target = indexOfLine(lines.subList(when, lines.size()), l -> l.contains(word + " ")) + when;
		lines.set(target, lines.get(target).replaceFirst(word + " ", typo + " "));
		Files.write(path, lines, StandardCharsets.UTF_8);
		edits.editedLine(target + 1);
	}

	@Then("the server serves a new rule version within {int} seconds")
	public void newVersionWithin(int seconds) {
		JsonNode status = waitFor(seconds, s -> !s.get("version").asString().equals(edits.notedVersion()));
		assertThat(status.get("version").asString()).isNotEqualTo(edits.notedVersion());
		edits.newVersion(status.get("version").asString());
	}

	@Then("within {int} seconds the rules status reports an error in {string} on the line of that change")
	public void errorReported(int seconds, String file) {
		JsonNode status = waitFor(seconds, s -> !s.get("lastBuildSucceeded").asBoolean());
		assertThat(status.get("lastBuildSucceeded").asBoolean()).isFalse();
		List<String> errors = status.get("messages")
			.valueStream()
			.filter(m -> m.get("severity").asString().equals("ERROR"))
			.map(m -> m.get("text").asString())
			.toList();
		assertThat(errors).anySatisfy(text -> assertThat(text).contains(file + ":" + edits.editedLine() + ":"));
	}

	@Then("the rule version being served is unchanged")
	public void versionUnchanged() {
		assertThat(api.get("/api/rules").body().get("version").asString()).isEqualTo(edits.notedVersion());
	}

	@Then("the report is stamped with the new rule version")
	public void stampedWithNew() {
		assertThat(api.last().body().get("ruleSetVersion").asString()).isEqualTo(edits.newVersion());
	}

	@Then("the report is stamped with the noted rule version")
	public void stampedWithNoted() {
		assertThat(api.last().body().get("ruleSetVersion").asString()).isEqualTo(edits.notedVersion());
	}

	@After
	public void restoreShippedRules() {
		if (edits.edited()) {
			CucumberSpringConfiguration.WORKSPACE.resetRules();
			api.post("/api/rules/reload");
		}
	}

	private JsonNode waitFor(int seconds, Predicate<JsonNode> condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
		JsonNode status = api.get("/api/rules").body();
		while (!condition.test(status) && Instant.now().isBefore(deadline)) {
			sleep();
			status = api.get("/api/rules").body();
		}
		return status;
	}

	private Path rulesFile(String file) {
		edits.markEdited();
		return CucumberSpringConfiguration.WORKSPACE.rules().resolve(file);
	}

	private static int indexOfLineStartingWith(List<String> lines, String prefix) {
		return indexOfLine(lines, l -> l.startsWith(prefix));
	}

	private static int indexOfLine(List<String> lines, Predicate<String> test) {
		for (int i = 0; i < lines.size(); i++) {
			if (test.test(lines.get(i))) {
				return i;
			}
		}
		throw new AssertionError("no such line in the rule file");
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
