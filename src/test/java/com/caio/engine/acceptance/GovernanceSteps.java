package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The CMO's quarterly governance pack over REST: the example's risk registers and
 * engagement recorded, the pack built from its files (some edited), and its criteria
 * read.
 */
public class GovernanceSteps {

	static final Path DIR = Path.of("examples/governance");

	private final Api api;

	private final RestClient client;

	private long engagement;

	public GovernanceSteps(Api api) {
		this.api = api;
		this.client = api.signedIn().defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
		}).build();
	}

	@Given("the example programme's risk registers for two quarters and its engagement are recorded")
	public void recorded() throws IOException {
		api.upload("/api/risk", DIR.resolve("risk-register-2026-Q2.csv"));
		api.upload("/api/risk", DIR.resolve("risk-register-2026-Q3.csv"));
		Api.Response created = api.createEngagement(Files.readString(DIR.resolve("engagement.yaml")),
				MediaType.parseMediaType("application/yaml"));
		assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
		engagement = created.body().get("id").asLong();
	}

	@When("the CMO's pack for {word} is built from the example")
	public void build(String quarter) throws IOException {
		build(quarter, files());
	}

	@When("the CMO's pack for {word} is built from the example with {string} removed from the framework")
	public void withoutInFramework(String quarter, String text) throws IOException {
		Map<String, Path> files = files();
		files.put("framework",
				write("framework.yaml", Files.readString(DIR.resolve("framework.yaml")).replace(text, "")));
		build(quarter, files);
	}

	@When("the CMO's pack for {word} is built from the example with the incident {string}")
	public void withIncident(String quarter, String row) throws IOException {
		Map<String, Path> files = files();
		files.put("incidents", write("incidents.csv", Files.readString(DIR.resolve("incidents.csv")) + row + "\n"));
		build(quarter, files);
	}

	@When("the CMO's pack for {word} is built from the example with the KPI rows {string}")
	public void withKpis(String quarter, String rows) throws IOException {
		Map<String, Path> files = files();
		files.put("kpis", write("kpis.csv",
				"kpi,date,value,unit,higher_is_better,baseline,target\n" + rows.replace(";", "\n") + "\n"));
		build(quarter, files);
	}

	private void criterion(int n, String state) {
		assertThat(criterionNode(n).get("state").asString()).as(api.result().toString()).isEqualTo(state);
	}

	@Then("criterion {int} is {string} because {string}")
	public void criterion(int n, String state, String reason) {
		criterion(n, state);
		assertThat(criterionNode(n).get("reason").asString()).isEqualTo(reason);
	}

	@Then("the pack shows {int} KPI trends, {int} new risk, {int} closed risk and the roadmap")
	public void shows(int kpis, int added, int closed) {
		JsonNode r = api.result();
		assertThat(r.get("kpis").size()).isEqualTo(kpis);
		assertThat(r.get("risk").get("added").size()).isEqualTo(added);
		assertThat(r.get("risk").get("closed").size()).isEqualTo(closed);
		assertThat(r.get("roadmap").size()).isPositive();
		assertThat(r.get("meeting").get("date").asString()).isEqualTo("2026-09-24");
	}

	@Then("the deck has between {int} and {int} slides and the PDF can be downloaded")
	public void deck(int least, int most) throws IOException {
		long id = api.last().body().get("id").asLong();
		byte[] pptx = client.get().uri("/api/governance/" + id + "/pptx").retrieve().body(byte[].class);
		try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
			assertThat(show.getSlides().size()).isBetween(least, most);
		}
		byte[] pdf = client.get().uri("/api/governance/" + id + "/pdf").retrieve().body(byte[].class);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Then("a decision is needed on {string}")
	public void decision(String text) {
		assertThat(api.result().get("decisionsNeeded").valueStream().map(JsonNode::asString)).contains(text);
	}

	private JsonNode criterionNode(int n) {
		return api.result().get("criteria").get(n - 1);
	}

	private void build(String quarter, Map<String, Path> files) {
		api.upload("/api/governance?engagement=" + engagement + "&quarter=" + quarter, files);
	}

	private static Map<String, Path> files() {
		Map<String, Path> files = new LinkedHashMap<>();
		files.put("file", DIR.resolve("pack.yaml"));
		files.put("kpis", DIR.resolve("kpis.csv"));
		files.put("incidents", DIR.resolve("incidents.csv"));
		files.put("framework", DIR.resolve("framework.yaml"));
		return files;
	}

	private static Path write(String name, String content) throws IOException {
		Path dir = Files.createTempDirectory("governance");
		return Files.writeString(dir.resolve(name), content);
	}

}
