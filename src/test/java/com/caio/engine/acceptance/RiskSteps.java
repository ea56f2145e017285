package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Steps of an analyst ranking a risk register over the REST API and reading its heatmap
 * and roadmap.
 */
public class RiskSteps {

	private static final String REGISTERS = "/api/risk/registers";

	private final Api api;

	private final RestClient raw;

	private JsonNode report;

	private String location;

	private int[] cell;

	public RiskSteps(Api api, Environment environment) {
		this.api = api;
		this.raw = api.signedIn().build();
	}

	@When("the analyst uploads the risk register {string}")
	@Given("the analyst has uploaded the risk register {string}")
	public void upload(String file) {
		uploadTo(REGISTERS, file);
	}

	@When("the analyst uploads the risk register {string} together with that assessment")
	public void uploadWithAssessment(String file) {
		assertThat(api.last().location()).as("a maturity assessment was just uploaded").startsWith("/api/maturity/");
		uploadTo(REGISTERS + "?assessment=" + api.last().body().get("id").asLong(), file);
	}

	@When("the analyst uploads the risk register {string} together with assessment {long}")
	public void uploadWithUnknownAssessment(String file, long id) {
		api.upload(REGISTERS + "?assessment=" + id, Path.of(file));
	}

	@Then("the top 5 risks are:")
	public void top5(DataTable table) {
		List<String> ids = report.get("top5").valueStream().map(JsonNode::asString).toList();
		List<Map<String, String>> expected = table.asMaps();
		assertThat(ids).containsExactlyElementsOf(expected.stream().map(r -> r.get("id")).toList());
		for (Map<String, String> row : expected) {
			JsonNode risk = risk(row.get("id"));
			for (String column : List.of("rank", "likelihood", "impact", "score", "band")) {
				assertThat(risk.get(column).asString()).as(row.get("id") + " " + column).isEqualTo(row.get(column));
			}
		}
	}

	@Then("the top 5 risks are banded {string}")
	public void top5Bands(String bands) {
		List<String> actual = report.get("top5")
			.valueStream()
			.map(id -> risk(id.asString()).get("band").asString())
			.toList();
		assertThat(String.join(", ", actual)).isEqualTo(bands);
	}

	@Then("the top 5 risks include {string}")
	public void top5Includes(String id) {
		assertThat(report.get("top5").valueStream().map(JsonNode::asString).toList()).contains(id);
	}

	@Then("the heatmap cell of likelihood {int} and impact {int} holds {string} and is coloured {string}")
	public void heatmapCell(int likelihood, int impact, String ids, String band) {
		JsonNode found = report.get("heatmap")
			.get("cells")
			.valueStream()
			.filter(c -> c.get("likelihood").asInt() == likelihood && c.get("impact").asInt() == impact)
			.findFirst()
			.orElseThrow();
		assertThat(String.join(", ", found.get("riskIds").valueStream().map(JsonNode::asString).toList()))
			.isEqualTo(ids);
		assertThat(found.get("count").asInt()).isEqualTo(found.get("riskIds").size());
		assertThat(found.get("band").asString()).isEqualTo(band);
		cell = new int[] { likelihood, impact };
	}

	@Then("the heatmap picture for the slide colours that cell {string} and shows the count {int}")
	public void heatmapPicture(String colour, int count) {
		String svg = raw.get().uri(location + "/heatmap.svg").retrieve().body(String.class);
		String title = "Likelihood " + cell[0] + " x impact " + cell[1] + " = ";
		int at = svg.indexOf(title);
		assertThat(at).as("the cell's tooltip in the SVG").isPositive();
		String group = svg.substring(at, svg.indexOf("</g>", at));
		assertThat(group).contains("fill=\"" + colour + "\"").contains(">" + count + "</text>");
		byte[] png = raw.get().uri(location + "/heatmap.png").retrieve().body(byte[].class);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
	}

	@Then("the first remediation actions are:")
	public void firstActions(DataTable table) {
		List<Map<String, String>> expected = table.asMaps();
		for (int n = 0; n < expected.size(); n++) {
			JsonNode action = report.get("remediation").get(n);
			Map<String, String> row = expected.get(n);
			assertThat(action.get("priority").asInt()).isEqualTo(Integer.parseInt(row.get("priority")));
			assertThat(action.get("riskId").asString()).isEqualTo(row.get("risk"));
			assertThat(action.get("reduction").asInt()).isEqualTo(Integer.parseInt(row.get("reduction")));
			assertThat(action.get("cost").asDouble()).isEqualTo(Double.parseDouble(row.get("cost")));
		}
	}

	@Then("the projected total risk falls from {int} to {int}, a reduction of {double} %")
	public void projected(int inherent, int mitigated, double percent) {
		assertThat(report.get("totalInherent").asInt()).isEqualTo(inherent);
		assertThat(report.get("totalMitigated").asInt()).isEqualTo(mitigated);
		assertThat(report.get("reductionPercent").asDouble()).isCloseTo(percent, within(0.005));
	}

	@Then("the roadmap for {string} lists {string}")
	public void roadmapMonth(String month, String ids) {
		JsonNode bucket = report.get("timeline")
			.valueStream()
			.filter(m -> m.get("month").asString().equals(month))
			.findFirst()
			.orElseThrow();
		assertThat(String.join(", ", bucket.get("riskIds").valueStream().map(JsonNode::asString).toList()))
			.isEqualTo(ids);
	}

	@Then("the action for {string} is owned by {string}, due {string}, and succeeds when {string}")
	public void action(String riskId, String owner, String due, String criterion) {
		JsonNode action = action(riskId);
		assertThat(action.get("owner").asString()).isEqualTo(owner);
		assertThat(action.get("dueDate").asString()).isEqualTo(due);
		assertThat(action.get("successCriterion").asString()).isEqualTo(criterion);
	}

	@Then("only these actions are flagged as incomplete:")
	public void incomplete(DataTable table) {
		List<String> flagged = report.get("remediation")
			.valueStream()
			.filter(a -> !a.get("missing").isEmpty())
			.map(a -> a.get("riskId").asString() + ": "
					+ String.join(", ", a.get("missing").valueStream().map(JsonNode::asString).toList()))
			.toList();
		assertThat(flagged).containsExactlyInAnyOrderElementsOf(
				table.asMaps().stream().map(r -> r.get("risk") + ": " + r.get("missing")).toList());
		List<String> findings = findings("RISK-ROAD-001");
		assertThat(findings)
			.containsExactlyInAnyOrderElementsOf(table.asMaps().stream().map(r -> r.get("risk")).toList());
	}

	@Then("rule {string} escalates {string} because it is Critical with no owner")
	public void escalated(String ruleId, String riskId) {
		assertThat(findings(ruleId)).contains(riskId);
		assertThat(risk(riskId).get("band").asString()).isEqualTo("Critical");
		assertThat(risk(riskId).get("owner").asString()).isEmpty();
	}

	@Then("the register includes risk {string} raised by rule {string} citing {string}")
	public void derived(String riskId, String ruleId, String evidence) {
		JsonNode risk = risk(riskId);
		assertThat(risk.get("derivedBy").asString()).isEqualTo(ruleId);
		assertThat(risk.get("evidence").toString()).contains(evidence);
	}

	@Then("{int} risks are ranked")
	public void ranked(int n) {
		assertThat(report.get("risks").size()).isEqualTo(n);
	}

	private void uploadTo(String path, String file) {
		Api.Response response = api.upload(path, Path.of(file));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		report = response.body().get("result");
		location = response.location();
	}

	private JsonNode risk(String id) {
		return report.get("risks")
			.valueStream()
			.filter(r -> r.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
	}

	private JsonNode action(String riskId) {
		return report.get("remediation")
			.valueStream()
			.filter(a -> a.get("riskId").asString().equals(riskId))
			.findFirst()
			.orElseThrow();
	}

	private List<String> findings(String ruleId) {
		return report.get("findings")
			.valueStream()
			.filter(f -> f.get("ruleId").asString().equals(ruleId))
			.map(f -> f.get("subject").asString())
			.toList();
	}

}
