package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Steps of an analyst and a steering committee running a pilot over the REST API. */
public class PilotSteps {

	private final Api api;

	private final Environment environment;

	private final JsonMapper json = JsonMapper.builder().build();

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private long pilotId;

	public PilotSteps(Api api, Environment environment) {
		this.api = api;
		this.environment = environment;
	}

	@When("the analyst creates the pilot from {string}")
	@Given("the analyst has created the pilot from {string}")
	public void create(String file) {
		createPilot(yaml.readTree(Path.of(file).toFile()));
	}

	@When("the analyst creates the pilot from {string} without the written confirmation of {string}")
	public void createWithout(String file, String source) {
		JsonNode request = yaml.readTree(Path.of(file).toFile());
		request.get("readiness")
			.get("dataSources")
			.valueStream()
			.filter(s -> s.get("name").asString().equals(source))
			.forEach(s -> ((ObjectNode) s).remove("accessConfirmedOn"));
		createPilot(request);
	}

	private void createPilot(JsonNode request) {
		Api.Response response = api.postJson("/api/pilots", json.writeValueAsString(request));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		pilotId = response.body().get("id").asLong();
	}

	@When("the analyst plans a pilot with:")
	public void planWith(Map<String, String> fields) {
		api.postJson("/api/pilots", json.writeValueAsString(json.createObjectNode().set("plan", plan(fields))));
	}

	@Given("the analyst has created a pilot with:")
	public void createWith(Map<String, String> fields) {
		createPilot(json.createObjectNode().set("plan", plan(fields)));
	}

	private ObjectNode plan(Map<String, String> fields) {
		ObjectNode plan = json.createObjectNode();
		fields.forEach((k, v) -> {
			try {
				plan.put(k, Double.parseDouble(v));
			}
			catch (NumberFormatException ex) {
				plan.put(k, v);
			}
		});
		plan.put("timeframeDays", Integer.parseInt(fields.get("timeframeDays")));
		return plan;
	}

	private JsonNode plan() {
		return planned().get("plan");
	}

	/** The planned pilot of the last answer: a pilot's plan run, or the plan itself. */
	private JsonNode planned() {
		JsonNode body = api.last().body();
		return body.has("planned") ? body.get("planned").get("result") : api.result();
	}

	@Then("the plan needs {int} units per arm over {int} days, which fits the {int}-day timeframe")
	public void fits(int perArm, int days, int timeframe) {
		sized(perArm, days, timeframe, true);
	}

	@Then("the plan needs {int} units per arm over {int} days, which does not fit the {int}-day timeframe")
	public void doesNotFit(int perArm, int days, int timeframe) {
		sized(perArm, days, timeframe, false);
	}

	private void sized(int perArm, int days, int timeframe, boolean feasible) {
		assertThat(api.last().status()).as(api.last().body().toString()).isIn(200, 201);
		JsonNode plan = plan();
		assertThat(plan.get("samplePerArm").get("control").asInt()).isEqualTo(perArm);
		assertThat(plan.get("samplePerArm").get("treatment").asInt()).isEqualTo(perArm);
		assertThat(plan.get("daysNeeded").asInt()).isEqualTo(days);
		assertThat(plan.get("timeframeDays").asInt()).isEqualTo(timeframe);
		assertThat(plan.get("feasible").asBoolean()).isEqualTo(feasible);
	}

	@Then("the smallest effect detectable in the timeframe is a change of {double}%")
	public void detectable(double percent) {
		assertThat(plan().get("detectableEffect").asDouble() * 100).isCloseTo(percent, within(0.005));
	}

	@Then("the hypothesis reads {string}")
	public void hypothesis(String text) {
		assertThat(plan().get("hypothesis").asString()).contains(text);
	}

	@Then("the success criteria include {string}")
	public void criterion(String text) {
		assertThat(plan().get("successCriteria").valueStream().map(JsonNode::asString).toList())
			.anySatisfy(c -> assertThat(c).contains(text));
	}

	@Then("the pilot is ready to start by rule {string}")
	public void ready(String rule) {
		JsonNode readiness = planned().get("readiness");
		assertThat(readiness.get("readyToStart").asBoolean()).isTrue();
		assertThat(readiness.get("firedRules").toString()).contains(rule);
	}

	@Then("the pilot is not ready to start")
	public void notReady() {
		assertThat(planned().get("readiness").get("readyToStart").asBoolean()).isFalse();
	}

	@Then("rule {string} reports {string}")
	public void gap(String rule, String reason) {
		assertThat(planned().get("readiness").get("gaps").valueStream()).anySatisfy(g -> {
			assertThat(g.get("ruleId").asString()).isEqualTo(rule);
			assertThat(g.get("reason").asString()).contains(reason);
		});
	}

	@When("the analyst submits the aggregates of {string}")
	@Given("the analyst has submitted the aggregates of {string}")
	public void submit(String file) {
		ObjectNode evaluation = (ObjectNode) yaml.readTree(Path.of(file).toFile());
		evaluation.remove("plan");
		Api.Response response = api.postJson("/api/pilots/" + pilotId + "/evaluation",
				json.writeValueAsString(evaluation));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	@When("the analyst submits control {long} units with {long} conversions and treatment {long} units with {long} conversions")
	public void submitCounts(long nc, long xc, long nt, long xt) {
		api.postJson("/api/pilots/" + pilotId + "/evaluation", """
				{"control": {"units": %d, "conversions": %d}, "treatment": {"units": %d, "conversions": %d}}"""
			.formatted(nc, xc, nt, xt));
	}

	@When("the analyst submits control {long} units with mean {double} and sd {double} and treatment {long} units with mean {double} and sd {double}")
	public void submitMeans(long nc, double mc, double sc, long nt, double mt, double st) {
		api.postJson("/api/pilots/" + pilotId + "/evaluation", """
				{"control": {"n": %d, "mean": %s, "sd": %s}, "treatment": {"n": %d, "mean": %s, "sd": %s}}"""
			.formatted(nc, mc, sc, nt, mt, st));
	}

	@Then("a reason says {string}")
	public void reasonSays(String text) {
		assertThat(api.last().body().get("firedRules").valueStream().map(r -> r.get("reason").asString()).toList())
			.anySatisfy(r -> assertThat(r).contains(text));
	}

	@Then("no reason says {string}")
	public void noReasonSays(String text) {
		assertThat(api.last().body().get("firedRules").valueStream().map(r -> r.get("reason").asString()).toList())
			.noneSatisfy(r -> assertThat(r).contains(text));
	}

	@When("the analyst uploads the per-unit file {string}")
	public void uploadUnits(String file) {
		Api.Response response = api.upload("/api/pilots/" + pilotId + "/evaluation", Path.of(file));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}

	@Then("the relative uplift is {double}% with a p-value below {double}")
	public void uplift(double percent, double p) {
		assertThat(api.last().body().get("relativeUplift").asDouble() * 100).isCloseTo(percent, within(0.005));
		assertThat(api.last().body().get("pValue").asDouble()).isLessThan(p);
	}

	@Then("the 95% interval of the relative uplift runs from {double}% to {double}%")
	public void relativeInterval(double low, double high) {
		JsonNode ci = api.last().body().get("relativeCi95");
		assertThat(ci.get(0).asDouble() * 100).isCloseTo(low, within(0.005));
		assertThat(ci.get(1).asDouble() * 100).isCloseTo(high, within(0.005));
	}

	@Then("the recommendation is {string} by rules {string}")
	public void recommendation(String decision, String rules) {
		assertThat(api.last().status()).as(api.last().body().toString()).isEqualTo(200);
		assertThat(api.last().body().get("decision").asString()).isEqualTo(decision);
		assertThat(api.last().body().get("firedRules").valueStream().map(r -> r.get("ruleId").asString()).toList())
			.containsExactlyElementsOf(Arrays.asList(rules.split(",\\s*")));
		api.last()
			.body()
			.get("firedRules")
			.valueStream()
			.forEach(r -> assertThat(r.get("reason").asString()).isNotBlank());
	}

	@Then("the report lists the learned risk {string}")
	public void risk(String risk) {
		assertThat(
				api.get("/api/pilots/" + pilotId + "/report").body().get("evaluation").get("learnedRisks").toString())
			.contains(risk);
	}

	@Then("the PDF report shows {string} and {string}")
	public void pdf(String first, String second) throws IOException {
		byte[] bytes = api.signedIn()
			.build()
			.get()
			.uri("/api/pilots/" + pilotId + "/report.pdf")
			.retrieve()
			.body(byte[].class);
		PdfReader reader = new PdfReader(bytes);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		assertThat(text.toString()).contains(first, second);
	}

	@Then("{long} rows are read and line {long} is rejected because {string}")
	public void rows(long rows, long line, String reason) {
		JsonNode body = api.last().body();
		assertThat(body.get("rows").asLong()).isEqualTo(rows);
		assertThat(body.get("rejectedRows").valueStream().filter(r -> r.get("line").asLong() == line).toList())
			.singleElement()
			.satisfies(r -> assertThat(r.get("reason").asString()).isEqualTo(reason));
	}

	@Then("{long} rows are read and none is rejected")
	public void allRows(long rows) {
		JsonNode body = api.last().body();
		assertThat(body.get("rows").asLong()).as(body.toString()).isEqualTo(rows);
		assertThat(body.get("rejectedCount").asLong()).isZero();
	}

	@Then("the {word} arm has {long} units of which {long} converted")
	public void arm(String arm, long units, long conversions) {
		JsonNode totals = api.last().body().get(arm);
		assertThat(totals.get("units").asLong()).isEqualTo(units);
		assertThat(totals.get("conversions").asLong()).isEqualTo(conversions);
	}

	@When("the steering committee records {string} on {word} by {string}")
	public void record(String decision, String date, String who) {
		List<String> members = Arrays.asList(who.split(",\\s*"));
		api.postJson("/api/pilots/" + pilotId + "/decision",
				json.writeValueAsString(Map.of("decision", decision, "decidedOn", date, "decidedBy", members)));
		assertThat(api.last().status()).as(api.last().body().toString()).isEqualTo(201);
	}

	@Then("the decision is stored {int} days after the close and is not flagged late")
	public void onTime(int days) {
		assertThat(api.last().body().get("daysAfterClose").asInt()).isEqualTo(days);
		assertThat(api.last().body().get("late").asBoolean()).isFalse();
	}

	@Then("the decision is stored {int} days after the close and is flagged late by rule {string}")
	public void late(int days, String rule) {
		assertThat(api.last().body().get("daysAfterClose").asInt()).isEqualTo(days);
		assertThat(api.last().body().get("late").asBoolean()).isTrue();
		assertThat(api.last().body().get("findings").valueStream().map(f -> f.get("ruleId").asString()).toList())
			.contains(rule);
	}

	@Then("the pilot shows the steering decision {string}")
	public void shows(String decision) {
		JsonNode pilot = api.get("/api/pilots/" + pilotId).body();
		assertThat(pilot.get("steeringDecisions").get(0).get("decision").asString()).isEqualTo(decision);
		assertThat(pilot.get("evaluation").get("decision").asString()).isEqualTo("SCALE");
	}

	@When("the analyst asks for the report")
	public void askReport() {
		api.get("/api/pilots/" + pilotId + "/report");
	}

	@Then("the answer is 404 saying {string}")
	public void notFound(String text) {
		assertThat(api.last().status()).isEqualTo(404);
		assertThat(api.last().body().get("detail").asString()).contains(text);
	}

}
