package com.caio.engine.acceptance;

import com.caio.engine.businesscase.MetricNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Steps of a CMO submitting a business case over the REST API and reading the deck and
 * summary.
 */
public class BusinessCaseSteps {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private final RestClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	private final RuleEdits edits;

	private int status;

	private JsonNode body;

	private JsonNode envelope;

	private final Api api;

	public BusinessCaseSteps(RuleEdits edits, Api api) {
		this.edits = edits;
		this.api = api;
		this.client = api.signedIn().defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
		}).build();
	}

	@When("the CMO submits the business case {string}")
	public void submit(String file) throws IOException {
		post(Files.readAllBytes(Path.of(file)), YAML);
	}

	@When("the CMO submits the business case {string} as JSON")
	public void submitAsJson(String file) throws IOException {
		post(json.writeValueAsBytes(yaml.readTree(Files.readAllBytes(Path.of(file)))), MediaType.APPLICATION_JSON);
	}

	@When("the CMO submits the business case {string} with the baseline {string}")
	public void submitWithBaseline(String file, String csv) throws IOException {
		upload(Files.readAllBytes(Path.of(file)), file, csv);
	}

	@When("the CMO submits the business case {string} with the baseline {string} but without {string}")
	public void submitWithBaselineWithout(String file, String csv, String field) throws IOException {
		upload(yaml.writeValueAsBytes(edited(file, field, null)), file, csv);
	}

	@When("the CMO submits the business case {string} without {string}")
	public void submitWithout(String file, String field) throws IOException {
		post(yaml.writeValueAsBytes(edited(file, field, null)), YAML);
	}

	@When("the CMO submits the business case {string} with {string} set to {string}")
	public void submitWithValue(String file, String field, String value) throws IOException {
		post(yaml.writeValueAsBytes(edited(file, field, value)), YAML);
	}

	@When("a business user lowers the uplift ceiling {string} to {double} in {string}")
	public void lowerCeiling(String row, double ceiling, String file) throws IOException {
		edits.markEdited();
		Path path = CucumberSpringConfiguration.WORKSPACE.rules().resolve(file);
		List<String> lines = Files.readAllLines(path);
		int index = lines.indexOf(lines.stream().filter(l -> l.startsWith(row + ",")).findFirst().orElseThrow());
		String line = lines.get(index);
		lines.set(index, line.substring(0, line.lastIndexOf(',') + 1) + ceiling);
		Files.write(path, lines);
	}

	@Then("finding {string} flags {string} as a warning")
	public void flagged(String ruleId, String subject) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		assertThat(body.get("findings").valueStream().filter(f -> f.get("ruleId").asString().equals(ruleId)))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.get("subject").asString()).isEqualTo(subject);
				assertThat(f.get("severity").asString()).isEqualTo("warning");
			});
	}

	@Then("the business case is stamped with the new rule version")
	public void stampedWithNewVersion() {
		assertThat(envelope.get("ruleSetVersion").asString()).isEqualTo(edits.newVersion());
	}

	@Then("the business case is stored with the version of the rules that evaluated it")
	public void stored() {
		assertThat(status).as(body.toString()).isEqualTo(201);
		JsonNode fetched = json.readTree(client.get().uri("/api/business-cases/" + id()).retrieve().body(String.class));
		assertThat(fetched.get("result").get("scenarios")).isEqualTo(body.get("scenarios"));
		String served = json.readTree(client.get().uri("/api/rules").retrieve().body(String.class))
			.get("version")
			.asString();
		assertThat(fetched.get("ruleSetVersion").asString()).hasSize(64).isEqualTo(served);
	}

	@Then("the deck can be downloaded and has between 10 and 12 slides, including:")
	public void deckSlides(List<String> titles) throws IOException {
		try (XMLSlideShow deck = deck()) {
			List<String> actual = deck.getSlides().stream().map(XSLFSlide::getTitle).toList();
			assertThat(actual).hasSizeBetween(10, 12).containsAll(titles);
		}
	}

	@Then("the deck shows each baseline metric with its source")
	public void baselineWithSources() throws IOException {
		try (XMLSlideShow deck = deck()) {
			String text = text(slide(deck, "Baseline metrics today"));
			body.get("input")
				.get("baseline")
				.valueStream()
				.forEach(m -> assertThat(text).contains(MetricNames.label(m.get("name").asString()),
						m.get("source").asString()));
		}
	}

	@Then("the deck's cash flow, payback and sensitivity charts are pictures")
	public void chartsArePictures() throws IOException {
		try (XMLSlideShow deck = deck()) {
			for (String title : List.of("Cumulative cash flow by scenario", "Payback and ROI",
					"Sensitivity: what moves the expected NPV")) {
				assertThat(slide(deck, title).getShapes()).as(title)
					.filteredOn(XSLFPictureShape.class::isInstance)
					.singleElement()
					.satisfies(p -> assertThat(((XSLFPictureShape) p).getPictureData().getContentType())
						.isEqualTo("image/png"));
			}
		}
	}

	@Then("the deck's KPI timeline runs from {string} to {string}")
	public void kpiTimeline(String first, String last) throws IOException {
		try (XMLSlideShow deck = deck()) {
			XSLFTable table = (XSLFTable) slide(deck, "KPI timeline by quarter").getShapes()
				.stream()
				.filter(XSLFTable.class::isInstance)
				.findFirst()
				.orElseThrow();
			List<String> header = table.getRows().get(0).getCells().stream().map(c -> c.getText()).toList();
			assertThat(header.get(1)).isEqualTo(first);
			assertThat(header.get(header.size() - 1)).isEqualTo(last);
		}
	}

	@Then("the executive summary can be downloaded and is one page naming the three scenarios")
	public void summaryOnePage() throws IOException {
		assertThat(summaryText(1)).contains("Conservative", "Expected", "Aggressive", "Three scenarios");
	}

	@Then("the executive summary explains why a longer horizon is required")
	public void summaryExplains() throws IOException {
		assertThat(summaryText(1).replaceAll("\\s+", " "))
			.contains("Why a longer horizon is required: The platform is a foundation");
	}

	@Then("the scenarios are projected over {int} months as follows:")
	public void projected(int months, DataTable table) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		for (Map<String, String> row : table.asMaps()) {
			JsonNode s = scenario(row.get("scenario"));
			assertThat(s.get("monthly")).hasSize(months + 1);
			assertThat(s.get("npv").asDouble()).isCloseTo(Double.parseDouble(row.get("NPV")), within(0.5));
			assertThat(s.get("roi").asDouble()).isCloseTo(Double.parseDouble(row.get("ROI")), within(0.0005));
			assertThat(s.get("paybackMonths").asDouble()).isCloseTo(Double.parseDouble(row.get("payback months")),
					within(0.05));
		}
	}

	@Then("the expected scenario pays back in {double} months")
	public void paysBackIn(double months) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		assertThat(scenario("expected").get("paybackMonths").asDouble()).isCloseTo(months, within(0.05));
	}

	@Then("the case is board-ready")
	public void boardReady() {
		assertThat(body.get("boardReady").asBoolean()).as(body.get("findings").toString()).isTrue();
	}

	@Then("the case is not board-ready because of {string}")
	public void notBoardReady(String ruleId) {
		assertThat(status).as(body.toString()).isEqualTo(201);
		assertThat(body.get("boardReady").asBoolean()).isFalse();
		assertThat(body.get("findings")
			.valueStream()
			.filter(f -> f.get("blocking").asBoolean())
			.map(f -> f.get("ruleId").asString())).containsExactly(ruleId);
	}

	@Then("every assumption in the register names its data source")
	public void everyAssumptionSourced() {
		assertThat(body.get("assumptions")).isNotEmpty();
		body.get("assumptions")
			.valueStream()
			.forEach(a -> assertThat(a.get("source").asString()).as(a.toString()).isNotBlank());
	}

	@Then("the assumptions register shows {string} without a source")
	public void unsourced(String path) {
		assertThat(body.get("assumptions").valueStream().filter(a -> a.get("path").asString().equals(path)))
			.singleElement()
			.satisfies(a -> assertThat(a.get("source").isNull()).isTrue());
	}

	@Then("finding {string} reports the longer horizon")
	public void findingReports(String ruleId) {
		assertThat(body.get("findings").valueStream().filter(f -> f.get("ruleId").asString().equals(ruleId)))
			.singleElement()
			.satisfies(f -> assertThat(f.get("message").asString()).contains("the longer horizon is explained"));
	}

	@Then("the deck's last slide asks to resolve {string} before the board")
	public void lastSlide(String ruleId) throws IOException {
		try (XMLSlideShow deck = deck()) {
			XSLFSlide last = deck.getSlides().get(deck.getSlides().size() - 1);
			assertThat(last.getTitle()).isEqualTo("Next steps: before the board");
			String message = body.get("findings")
				.valueStream()
				.filter(f -> f.get("ruleId").asString().equals(ruleId))
				.findFirst()
				.orElseThrow()
				.get("message")
				.asString();
			assertThat(text(last)).contains("Resolve: " + message.substring(0, 40)).doesNotContain(ruleId);
		}
	}

	private void post(byte[] content, MediaType type) {
		remember(client.post()
			.uri("/api/business-cases")
			.contentType(type)
			.body(content)
			.retrieve()
			.toEntity(String.class));
	}

	private void upload(byte[] content, String file, String csv) throws IOException {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", named(content, Path.of(file).getFileName().toString()));
		parts.add("baseline", named(Files.readAllBytes(Path.of(csv)), Path.of(csv).getFileName().toString()));
		remember(client.post()
			.uri("/api/business-cases")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class));
	}

	private static ByteArrayResource named(byte[] content, String name) {
		return new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private void remember(ResponseEntity<String> response) {
		status = response.getStatusCode().value();
		envelope = api.remember(response).body();
		body = api.result();
	}

	/**
	 * The file's tree with the field at a path like
	 * {@code scenarios.expected.levers[1].source} removed or set.
	 */
	private JsonNode edited(String file, String path, String value) throws IOException {
		JsonNode root = yaml.readTree(Files.readAllBytes(Path.of(file)));
		String[] steps = path.split("\\.");
		JsonNode node = root;
		for (int i = 0; i < steps.length - 1; i++) {
			node = child(node, steps[i]);
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

	private static JsonNode child(JsonNode node, String step) {
		int bracket = step.indexOf('[');
		if (bracket < 0) {
			return node.get(step);
		}
		ArrayNode list = (ArrayNode) node.get(step.substring(0, bracket));
		return list.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
	}

	private long id() {
		return envelope.get("id").asLong();
	}

	private JsonNode scenario(String name) {
		return body.get("scenarios")
			.valueStream()
			.filter(s -> s.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private XMLSlideShow deck() throws IOException {
		ResponseEntity<byte[]> response = client.get()
			.uri("/api/business-cases/" + id() + "/deck.pptx")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().toString()).contains("presentationml");
		return new XMLSlideShow(new ByteArrayInputStream(response.getBody()));
	}

	private String summaryText(int pages) throws IOException {
		ResponseEntity<byte[]> response = client.get()
			.uri("/api/business-cases/" + id() + "/summary.pdf")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		PdfReader pdf = new PdfReader(response.getBody());
		try {
			assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
			return new PdfTextExtractor(pdf).getTextFromPage(1);
		}
		finally {
			pdf.close();
		}
	}

	private static XSLFSlide slide(XMLSlideShow deck, String title) {
		return deck.getSlides().stream().filter(s -> title.equals(s.getTitle())).findFirst().orElseThrow();
	}

	private static String text(XSLFSlide slide) {
		StringBuilder out = new StringBuilder();
		slide.getShapes().forEach(shape -> {
			if (shape instanceof XSLFTextShape t) {
				out.append(t.getText()).append('\n');
			}
			else if (shape instanceof XSLFTable table) {
				table.getRows().forEach(r -> r.getCells().forEach(c -> out.append(c.getText()).append(" | ")));
			}
		});
		return out.toString();
	}

}
