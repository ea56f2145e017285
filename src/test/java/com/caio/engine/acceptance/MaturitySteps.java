package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import tools.jackson.databind.JsonNode;

/** Steps of an analyst scoring surveys over the REST API. */
public class MaturitySteps {

	private final Api api;

	public MaturitySteps(Api api) {
		this.api = api;
	}

	@When("the analyst uploads the survey {string}")
	@Given("the analyst has uploaded the survey {string}")
	public void upload(String file) {
		Api.Response response = api.upload("/api/maturity", Path.of(file));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
	}

	@When("the analyst uploads a survey with these rows:")
	public void uploadRows(DataTable table) throws IOException {
		upload(write(table).toString());
	}

	@When("the analyst tries to upload a survey with these rows:")
	public void tryUploadRows(DataTable table) throws IOException {
		api.upload("/api/maturity/assessments", write(table));
	}

	@Then("the upload is refused saying {string}")
	public void refused(String message) {
		assertThat(api.last().status()).as(api.last().body().toString()).isEqualTo(422);
		assertThat(api.last().body().get("detail").asString()).contains(message);
	}

	@Then("the scores are those of {string}")
	public void sameScores(String file) {
		JsonNode export = api.last().body();
		JsonNode plain = api.upload("/api/maturity/assessments", Path.of(file)).body();
		assertThat(export.get("overall")).isEqualTo(plain.get("overall"));
		assertThat(export.get("dimensions")).isEqualTo(plain.get("dimensions"));
	}

	private static Path write(DataTable table) throws IOException {
		Path file = Files.createTempFile(CucumberSpringConfiguration.WORKSPACE.root(), "survey-", ".csv");
		List<String> lines = table.asLists()
			.stream()
			.map(row -> String.join(",", row.stream().map(cell -> cell == null ? "" : cell).toList()))
			.toList();
		Files.write(file, lines);
		return file;
	}

	@Then("the report scores each of these dimensions with a level from 1 to 5:")
	public void dimensionsScored(List<String> dimensions) {
		JsonNode report = api.result();
		List<String> reported = report.get("dimensions").valueStream().map(d -> d.get("dimension").asString()).toList();
		assertThat(reported).containsExactlyElementsOf(dimensions);
		report.get("dimensions").valueStream().forEach(d -> {
			assertThat(d.get("score").asDouble()).isBetween(1.0, 5.0);
			assertThat(d.get("level").asInt()).isBetween(1, 5);
			assertThat(d.get("levelName").asString()).isNotBlank();
		});
	}

	@Then("the overall score is {double} and the overall level is {string}")
	public void overall(double score, String level) {
		assertThat(api.result().get("overall").get("score").asDouble()).isCloseTo(score, within(0.005));
		overallLevel(level);
	}

	@Then("the overall level is {string}")
	public void overallLevel(String level) {
		JsonNode overall = api.result().get("overall");
		assertThat(overall.get("level").asInt() + " " + overall.get("levelName").asString()).isEqualTo(level);
	}

	@Then("rule {string} holds {word} at level {int} or below, citing question {string}")
	public void capped(String ruleId, String dimension, int level, String questionId) {
		JsonNode report = api.result();
		JsonNode d = report.get("dimensions")
			.valueStream()
			.filter(x -> x.get("dimension").asString().equals(dimension))
			.findFirst()
			.orElseThrow();
		assertThat(d.get("level").asInt()).isLessThanOrEqualTo(level);
		assertThat(report.get("findings")
			.valueStream()
			.filter(f -> f.get("ruleId").asString().equals(ruleId))
			.findFirst()
			.orElseThrow()
			.get("questionIds")
			.toString()).contains(questionId);
	}

	@Then("{int} respondents are scored")
	public void respondents(int n) {
		assertThat(api.result().get("respondents").asInt()).isEqualTo(n);
	}

	@Then("no row is rejected")
	public void noneRejected() {
		assertThat(api.result().get("rejectedCount").asInt()).isZero();
	}

}
