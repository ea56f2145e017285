package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import com.caio.engine.engagement.ExampleRuns;
import com.caio.engine.pilot.PilotService;
import com.caio.engine.run.Runs;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Steps of a fractional CAIO keeping an engagement's records over the REST API and
 * reading, as of a day, where each acceptance criterion stands.
 */
public class EngagementSteps {

	private static final AtomicBoolean RUNS_STORED = new AtomicBoolean();

	private static final Path EXAMPLE = Path.of("examples/engagement.yaml");

	private final Api api;

	private final Runs runs;

	private final PilotService pilots;

	private String engagement;

	private JsonNode status;

	public EngagementSteps(Api api, Runs runs, PilotService pilots) {
		this.api = api;
		this.runs = runs;
		this.pilots = pilots;
	}

	@Given("the example engagement is recorded")
	public void example() throws Exception {
		record(Files.readString(EXAMPLE));
	}

	@Given("the example engagement is recorded with its start moved to {word}")
	public void exampleStartingOn(String start) throws Exception {
		record(Files.readString(EXAMPLE).replace("start: 2026-02-02", "start: " + start));
	}

	@Given("a risk register with an owner, a due date and a success criterion for every action is stored as {string}")
	public void completeRegister(String name) throws Exception {
		Path dir = Files.createTempDirectory("register");
		Path file = dir.resolve(name);
		Files.copy(Path.of("src/test/resources/engagement/risk-register-agreed.csv"), file);
		assertThat(api.upload("/api/risk/registers", file).status()).isEqualTo(201);
	}

	@When("this is recorded:")
	public void recorded(String event) {
		Api.Response response = api.postJson(engagement + "/events", event);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
	}

	@When("the status is read as of {word}")
	public void statusAsOf(String day) {
		Api.Response response = api.get(engagement + "/status?asOf=" + day);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		status = response.body();
	}

	@Then("^(AC-[A-Z]+-[A-Z]+-\\d) is (MET|MET_LATE|PENDING|MISSED|NOT_APPLICABLE)(?: on (\\S+?))?(?:, due (\\S+?))?(?:, (\\d+) days (early|late|overdue))?$")
	public void criterion(String id, String state, String metOn, String due, String days, String how) {
		JsonNode c = criterion(id);
		assertThat(c.path("state").asString()).as(id + ": " + c.path("note").asString()).isEqualTo(state);
		if (metOn != null) {
			assertThat(c.path("metOn").asString()).as(id + " met on").isEqualTo(metOn);
		}
		if (due != null) {
			assertThat(c.path("due").asString()).as(id + " due").isEqualTo(due);
		}
		if (days != null) {
			String field = how.equals("early") ? "daysEarly" : "daysLate";
			assertThat(c.path(field).asInt()).as(id + " " + field).isEqualTo(Integer.parseInt(days));
		}
		if (state.startsWith("MET")) {
			assertThat(c.path("evidence").isEmpty()).as(id + " names its evidence when met").isFalse();
		}
	}

	@Then("the story {word} is done")
	public void done(String story) {
		assertThat(story(story).path("done").asBoolean()).as(story).isTrue();
	}

	@Then("the story {word} is not done")
	public void notDone(String story) {
		assertThat(story(story).path("done").asBoolean()).as(story).isFalse();
	}

	private void record(String yaml) throws Exception {
		if (RUNS_STORED.compareAndSet(false, true)) {
			ExampleRuns.store(runs, pilots);
		}
		String body = JsonMapper.builder().build().writeValueAsString(YAMLMapper.builder().build().readTree(yaml));
		Api.Response response = api.createEngagement(body);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		engagement = response.location();
	}

	private JsonNode story(String id) {
		for (JsonNode story : status.path("stories")) {
			if (story.path("id").asString().equals(id)) {
				return story;
			}
		}
		throw new AssertionError("no story " + id);
	}

	private JsonNode criterion(String id) {
		for (JsonNode story : status.path("stories")) {
			for (JsonNode c : story.path("criteria")) {
				if (c.path("id").asString().equals(id)) {
					return c;
				}
			}
		}
		throw new AssertionError("no criterion " + id);
	}

}
