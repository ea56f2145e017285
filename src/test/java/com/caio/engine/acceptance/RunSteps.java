package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import tools.jackson.databind.JsonNode;

/**
 * What every capability does, said once: a result is stored and fetched again by its
 * link, stamped with the rules' version; a bad line is rejected with its reason; bad
 * input is refused at the field with a problem the client can show.
 */
public class RunSteps {

	private final Api api;

	public RunSteps(Api api) {
		this.api = api;
	}

	@Then("the {word} is stored and can be fetched again by its link")
	public void fetchAgain(String what) {
		Api.Response created = api.last();
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(created.location()).endsWith("/" + created.body().get("id").asLong());
		JsonNode fetched = api.get(created.location()).body();
		assertThat(fetched).as("the %s fetched by its link is the one stored", what).isEqualTo(created.body());
		JsonNode run = fetched.has("planned") ? fetched.get("planned") : fetched;
		assertThat(run.get("ruleSetVersion").asString()).hasSize(64);
		assertThat(run.get("input").get("sha256").asString()).hasSize(64);
	}

	@Then("the report is stamped with the version of the rules that scored it")
	public void stamped() {
		String served = api.last().body().get("ruleSetVersion").asString();
		assertThat(served).hasSize(64).isEqualTo(api.get("/api/rules").body().get("version").asString());
	}

	@Then("(register )line {int} is rejected because {string}")
	public void rejected(int line, String reason) {
		assertThat(api.result()
			.get("rejectedRows")
			.valueStream()
			.filter(r -> r.get("line").asInt() == line)
			.map(r -> r.get("reason").asString())
			.toList()).anySatisfy(r -> assertThat(r).contains(reason));
	}

	@Then("the input/submission is refused at {string} because/with {string}")
	public void refusedAt(String where, String message) {
		refused(422, message);
		assertThat(api.last().body().get("where").asString()).isEqualTo(where);
	}

	@Then("the upload is refused with status {int} saying {string}")
	public void refused(int status, String message) {
		Api.Response response = api.last();
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.body().get("type").asString()).startsWith("/problems/");
		assertThat(response.body().get("detail").asString()).contains(message);
	}

	/**
	 * A criterion the result judges itself (the governance pack's four, the upskilling
	 * programme's): {@code criteria[n-1]} of the last result is in that state.
	 */
	@Then("criterion {int} is {string}")
	public void criterion(int number, String state) {
		JsonNode c = api.result().get("criteria").get(number - 1);
		if (c.has("number")) {
			assertThat(c.get("number").asInt()).isEqualTo(number);
		}
		assertThat(c.get("state").asString()).as(c.toString()).isEqualTo(state);
	}

}
