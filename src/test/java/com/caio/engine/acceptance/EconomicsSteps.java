package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Steps of a CDO submitting engagement economics over REST and reading the proposal. */
public class EconomicsSteps {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private final RestClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private int status;

	private JsonNode body;

	public EconomicsSteps(Api api) {
		this.client = api.signedIn().defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
		}).build();
	}

	@When("the CDO submits the engagement economics {string}")
	public void submit(String file) throws IOException {
		post(Files.readAllBytes(Path.of(file)));
	}

	@When("the CDO submits the engagement economics {string} with {string} set to {string}")
	public void submitWith(String file, String field, String value) throws IOException {
		post(yaml.writeValueAsBytes(edited(file, field, value)));
	}

	@When("the CDO submits the engagement economics {string} without {string}")
	public void submitWithout(String file, String field) throws IOException {
		post(yaml.writeValueAsBytes(edited(file, field, null)));
	}

	@Then("the proposal is complete and ready for signature")
	public void ready() {
		assertThat(status).as(body.toString()).isEqualTo(201);
		assertThat(result().get("proposalComplete").asBoolean()).isTrue();
		assertThat(result().get("readyForSignature").asBoolean()).as(result().get("findings").toString()).isTrue();
	}

	@Then("the proposal is not ready for signature because of {string}")
	public void notReady(String ruleId) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		assertThat(result().get("readyForSignature").asBoolean()).isFalse();
		assertThat(result().get("findings")
			.valueStream()
			.filter(f -> f.get("blocking").asBoolean())
			.map(f -> f.get("ruleId").asString())
			.distinct()).containsExactly(ruleId);
	}

	@Then("the cost compare in {word} reads:")
	public void costCompare(String currency, DataTable table) {
		assertThat(result().get("currency").asString()).isEqualTo(currency);
		JsonNode c = result().get("comparison");
		Map<String, String> keys = Map.of("year 1", "Year1", "steady state, per year", "SteadyState", "3-year total",
				"ThreeYear");
		for (Map<String, String> row : table.asMaps()) {
			String key = keys.get(row.get("basis"));
			assertThat(c.get("fractional" + key).asDouble()).isCloseTo(Double.parseDouble(row.get("fractional")),
					within(0.01));
			assertThat(c.get("fullTime" + key).asDouble()).isCloseTo(Double.parseDouble(row.get("full-time")),
					within(0.01));
			assertThat(c.get("saving" + key + "Pct").asDouble()).isCloseTo(Double.parseDouble(row.get("saving %")),
					within(0.005));
		}
	}

	@Then("every figure in the assumptions register names its source")
	public void sourced() {
		assertThat(result().get("assumptions")).isNotEmpty();
		result().get("assumptions")
			.valueStream()
			.forEach(a -> assertThat(a.get("source").asString()).as(a.toString()).isNotBlank());
	}

	@Then("the proposal can be downloaded as a Word document with the sections:")
	public void proposalSections(List<String> sections) throws IOException {
		byte[] docx = download("docx", "wordprocessingml");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings = doc.getParagraphs()
				.stream()
				.filter(p -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsAll(sections);
		}
	}

	@Then("the 3-year saving is at least {int}%")
	public void savingAtLeast(int percent) {
		assertThat(result().get("savingThreeYearPct").asDouble()).isGreaterThanOrEqualTo(percent);
		assertThat(result().get("meetsSavingTarget").asBoolean()).isTrue();
	}

	@Then("the first measurable KPI improvement comes {double} months sooner than with a full-time hire")
	public void sooner(double months) {
		assertThat(result().get("timeToValue").get("monthsEarlier").asDouble()).isCloseTo(months, within(0.05));
	}

	@Then("better selection avoids {double} a year of spend on failed AI projects")
	public void avoided(double amount) {
		assertThat(result().get("avoidedWaste").get("perYear").asDouble()).isCloseTo(amount, within(0.5));
	}

	@Then("the one-page cost-benefit summary can be downloaded")
	public void summary() throws IOException {
		PdfReader pdf = new PdfReader(download("pdf", "application/pdf"));
		try {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
		}
		finally {
			pdf.close();
		}
	}

	@Then("the engagement starts on {string} with the milestones:")
	public void milestones(String start, DataTable table) {
		JsonNode proposal = result().get("proposal");
		assertThat(proposal.get("startDate").asString()).isEqualTo(start);
		for (Map<String, String> row : table.asMaps()) {
			assertThat(proposal.get("milestones")
				.valueStream()
				.filter(m -> m.get("week").asInt() == Integer.parseInt(row.get("week")))
				.filter(m -> m.get("name").asString().equals(row.get("milestone")))
				.map(m -> m.get("dueDate").asString())).containsExactly(row.get("due"));
		}
	}

	@Then("the economics are refused at {string} with {string}")
	public void refused(String where, String message) {
		assertThat(status).as(body.toString()).isEqualTo(422);
		assertThat(body.get("where").asString()).isEqualTo(where);
		assertThat(body.toString()).contains(message);
	}

	private JsonNode result() {
		return body.get("result");
	}

	private byte[] download(String document, String type) {
		ResponseEntity<byte[]> response = client.get()
			.uri("/api/economics/" + body.get("id").asLong() + "/" + document)
			.retrieve()
			.toEntity(byte[].class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).contains(type);
		return response.getBody();
	}

	private void post(byte[] content) {
		ResponseEntity<String> response = client.post()
			.uri("/api/economics")
			.contentType(YAML)
			.body(content)
			.retrieve()
			.toEntity(String.class);
		status = response.getStatusCode().value();
		body = json.readTree(response.getBody());
	}

	/** The file's tree with the field at a dotted path removed (null) or set. */
	private JsonNode edited(String file, String path, String value) throws IOException {
		JsonNode root = yaml.readTree(Files.readAllBytes(Path.of(file)));
		String[] steps = path.split("\\.");
		JsonNode node = root;
		for (int i = 0; i < steps.length - 1; i++) {
			node = node.get(steps[i]);
		}
		String last = steps[steps.length - 1];
		if (value == null) {
			((ObjectNode) node).remove(last);
		}
		else if (value.matches("-?\\d+(\\.\\d+)?")) {
			((ObjectNode) node).put(last, Double.parseDouble(value));
		}
		else {
			((ObjectNode) node).put(last, value);
		}
		return root;
	}

}
