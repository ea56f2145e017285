package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Steps of a CDO building the 90-day plan over REST and following its progress. */
public class OnboardingSteps {

	private final RestClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private int status;

	private JsonNode body;

	public OnboardingSteps(Api api) {
		this.client = api.signedIn().defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
		}).build();
	}

	@When("the CDO submits the onboarding plan {string}")
	public void submit(String file) throws IOException {
		post(yaml.writeValueAsBytes(tree(file)));
	}

	@When("the CDO submits the onboarding plan {string} with event {int} on {string}")
	public void submitWithEventOn(String file, int index, String date) throws IOException {
		ObjectNode tree = tree(file);
		((ObjectNode) tree.get("events").get(index)).put("date", date);
		post(yaml.writeValueAsBytes(tree));
	}

	@When("the CDO submits the onboarding plan {string} as of {string} without event {int}")
	public void submitAsOfWithout(String file, String asOf, int index) throws IOException {
		ObjectNode tree = tree(file);
		tree.put("asOf", asOf);
		((ArrayNode) tree.get("events")).remove(index);
		post(yaml.writeValueAsBytes(tree));
	}

	@When("the CDO submits the onboarding plan {string} with {string} set to {string}")
	public void submitWith(String file, String field, String value) throws IOException {
		ObjectNode tree = tree(file);
		if (field.endsWith("]")) {
			String list = field.substring(0, field.indexOf('['));
			int i = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.length() - 1));
			((ArrayNode) tree.get(list)).set(i, tree.stringNode(value));
		}
		else {
			String[] steps = field.split("\\.");
			ObjectNode node = tree;
			for (int i = 0; i < steps.length - 1; i++) {
				node = (ObjectNode) node.get(steps[i]);
			}
			if (value.matches("\\d+")) {
				node.put(steps[steps.length - 1], Integer.parseInt(value));
			}
			else {
				node.put(steps[steps.length - 1], value);
			}
		}
		post(yaml.writeValueAsBytes(tree));
	}

	@Then("the plan has a dated milestone in each of the {int} weeks, on working days")
	public void weekly(int weeks) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		JsonNode milestones = result().get("milestones");
		IntStream.rangeClosed(1, weeks)
			.forEach(w -> assertThat(milestones.valueStream().anyMatch(m -> m.get("week").asInt() == w)).as("week " + w)
				.isTrue());
		milestones.valueStream()
			.forEach(m -> assertThat(LocalDate.parse(m.get("dueDate").asString()).getDayOfWeek())
				.isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
	}

	@Then("every milestone has exactly one accountable owner and names the stakeholders to engage")
	public void raci() {
		result().get("milestones").valueStream().forEach(m -> {
			assertThat(m.get("accountable").asString()).doesNotContain(",").isNotBlank();
			assertThat(m.get("stakeholders")).isNotEmpty();
		});
		assertThat(result().get("planValid").asBoolean()).as(result().get("findings").toString()).isTrue();
	}

	@Then("the deliverables are due by day 90:")
	public void deliverables(DataTable table) {
		for (Map<String, String> row : table.asMaps()) {
			assertThat(result().get("milestones")
				.valueStream()
				.filter(m -> "deliverable".equals(m.get("kind").asString())
						&& row.get("deliverable").equals(m.get("deliverable").asString()))
				.map(m -> m.get("dueDate").asString())).containsExactly(row.get("due"));
		}
		assertThat(result().get("milestones").valueStream().mapToInt(m -> m.get("dueDay").asInt()).max().orElse(0))
			.isLessThanOrEqualTo(90);
	}

	@Then("the plan can be downloaded as a Gantt chart, a workbook, a PDF and a calendar")
	public void documents() {
		assertThat(new String(download("svg", "image/svg+xml"))).startsWith("<svg");
		assertThat(download("png", "image/png")).isNotEmpty();
		assertThat(download("xlsx", "spreadsheetml")).isNotEmpty();
		assertThat(download("pdf", "application/pdf")).isNotEmpty();
		assertThat(new String(download("ics", "text/calendar"))).startsWith("BEGIN:VCALENDAR\r\n");
	}

	@Then("the criteria stand as follows:")
	public void criteria(DataTable table) {
		for (Map<String, String> row : table.asMaps()) {
			criterion(row.get("criterion"), row.get("state"));
		}
	}

	@Then("the criterion {string} is {string}")
	public void criterion(String title, String state) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		assertThat(result().get("criteria")
			.valueStream()
			.filter(c -> c.get("title").asString().equals(title))
			.map(c -> c.get("state").asString())).containsExactly(state);
	}

	@Then("the steering committee meets every {int} weeks, {int} times in the 90 days")
	public void steering(int cadence, int meetings) {
		assertThat(result().get("cadenceWeeks").asInt()).isEqualTo(cadence);
		assertThat(result().get("steeringMeetings")).hasSize(meetings);
	}

	@Then("the plan is not on track")
	public void notOnTrack() {
		assertThat(result().get("onTrack").asBoolean()).isFalse();
	}

	@Then("the plan is refused at {string} with {string}")
	public void refused(String where, String message) {
		assertThat(status).as(body.toString()).isEqualTo(422);
		assertThat(body.get("where").asString()).isEqualTo(where);
		assertThat(body.toString()).contains(message);
	}

	private ObjectNode tree(String file) throws IOException {
		return (ObjectNode) yaml.readTree(Files.readAllBytes(Path.of(file)));
	}

	private JsonNode result() {
		return body.get("result");
	}

	private byte[] download(String document, String type) {
		ResponseEntity<byte[]> response = client.get()
			.uri("/api/onboarding/" + body.get("id").asLong() + "/" + document)
			.retrieve()
			.toEntity(byte[].class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).contains(type);
		return response.getBody();
	}

	private void post(byte[] content) {
		ResponseEntity<String> response = client.post()
			.uri("/api/onboarding")
			.contentType(MediaType.parseMediaType("application/yaml"))
			.body(content)
			.retrieve()
			.toEntity(String.class);
		status = response.getStatusCode().value();
		body = json.readTree(response.getBody());
	}

}
