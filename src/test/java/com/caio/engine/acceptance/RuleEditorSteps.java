package com.caio.engine.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.caio.engine.TestUsers;
import com.caio.engine.security.Role;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule editor in a browser: the grid of a rule base's decision table, its live cell
 * checks, the preview, publishing and the edit lock. Every scenario leaves no draft
 * behind and the shipped rules serving.
 */
public class RuleEditorSteps {

	private final String base;

	private final Api api;

	private final WorkspaceSteps workspace;

	private final TestUsers users;

	private final JdbcClient jdbc;

	private final RuleEdits edits;

	private String versionBefore;

	private WebElement typed;

	public RuleEditorSteps(@LocalServerPort int port, Api api, WorkspaceSteps workspace, ApplicationContext context,
			RuleEdits edits) {
		this.base = "http://localhost:" + port;
		this.api = api;
		this.workspace = workspace;
		this.users = TestUsers.in(context);
		this.jdbc = context.getBean(JdbcClient.class);
		this.edits = edits;
	}

	@Given("the example risk register has been ranked")
	public void ranked() {
		assertThat(api.upload("/api/risk", Path.of("examples/risk-register.csv")).status()).isEqualTo(201);
	}

	@Given("{string}, a rule editor, signs in")
	public void editorSignsIn(String username) {
		users.user(username, Role.RULE_EDITOR);
		workspace.signIn(username);
	}

	@Given("{string}, a rule editor, holds the draft of the {string} rule base")
	public void holds(String username, String folder) {
		String token = users.token(username, Role.RULE_EDITOR);
		assertThat(TestUsers.client(port(), token)
			.get()
			.uri("/api/rules/drafts/" + folder)
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).isEqualTo(200);
	}

	@When("they open the {string} rule base in the editor")
	public void open(String folder) {
		versionBefore = api.get("/api/rules").body().get("version").asString();
		Browser.driver().get(base + "/w/rules");
		Browser.find(By.id("edit-rules")).click();
		Browser.find(By.linkText(folder)).click();
		Browser.find(By.tagName("h1"));
		Browser.screenshot("rules-editor-open");
	}

	@When("set the {string} of {string} to {string} and save")
	public void setAndSave(String column, String band, String value) {
		type(column, band, value);
		edits.markEdited();
		Browser.find(By.id("save")).click();
		assertThat(Browser.find(By.cssSelector("[role=status].notice")).getText()).contains("Saved to your draft");
	}

	@When("type {string} into the {string} of {string}")
	public void typeInto(String value, String column, String band) {
		type(column, band, value);
	}

	@When("preview the draft")
	public void preview() {
		Browser.find(By.id("preview")).click();
		Browser.find(By.id("preview-report"));
		Browser.screenshot("rules-editor-preview");
	}

	@Then("the preview says two risks move from {string} to {string}")
	public void previewSays(String from, String to) {
		String report = Browser.find(By.id("preview-report")).getText();
		assertThat(report).containsPattern("R-\\d\\d and R-\\d\\d move from " + from + " to " + to);
	}

	@When("they publish it with the comment {string}")
	public void publish(String comment) {
		Browser.find(By.id("grid-comment")).sendKeys(comment);
		Browser.find(By.id("grid-publish")).click();
	}

	@When("they run the acceptance features of the draft")
	public void runFeatures() {
		Browser.find(By.id("run-features")).click();
		assertThat(Browser.find(By.id("features-state")).getAttribute("data-state")).isIn("running", "failed",
				"passed");
		Browser.screenshot("rules-editor-features-running");
		// the page polls the features' state while the child JVM runs them (about a
		// minute)
		new WebDriverWait(Browser.driver(), Duration.ofMinutes(4)).ignoring(StaleElementReferenceException.class)
			.until(d -> !"running".equals(d.findElement(By.id("features-state")).getAttribute("data-state")));
	}

	@Then("the editor names the failing scenario {string} with its step")
	public void failingScenario(String name) {
		assertThat(Browser.find(By.id("features-state")).getAttribute("data-state")).isEqualTo("failed");
		String failing = Browser.find(By.id("failing-scenarios")).getText();
		assertThat(failing).contains(name).contains("the step “the top 5 risks are:” failed:");
		assertThat(Browser.find(By.id("publish-gate")).getText()).startsWith("Publishing is refused for now.")
			.contains(name);
		Browser.screenshot("rules-editor-features-failed");
	}

	@Then("publishing is refused, naming that scenario, and the rules serving are unchanged")
	public void refusedByFeatures() {
		assertThat(Browser.find(By.id("refusal")).getText()).startsWith("Not published: The acceptance features of "
				+ "risk fail for this draft: 'The heatmap names the top 5 risks with their likelihood and impact'");
		assertThat(api.get("/api/rules").body().get("version").asString()).isEqualTo(versionBefore);
		Browser.screenshot("rules-editor-refused-by-features");
	}

	@When("{string}, an administrator, signs in and takes the draft over")
	public void adminTakesOver(String username) {
		users.user(username, Role.ADMIN);
		workspace.signIn(username);
		Browser.driver().get(base + "/w/rules/editor/risk");
		Browser.find(By.id("break-lock")).click();
		assertThat(Browser.find(By.cssSelector("main p.muted strong")).getText()).isEqualTo(username);
		assertThat(Browser.find(By.id("features-state")).getAttribute("data-state"))
			.as("the check stays with the draft")
			.isEqualTo("failed");
	}

	@When("they publish it with the comment {string} and the reason {string}")
	public void publishOverriding(String comment, String reason) {
		Browser.find(By.id("grid-comment")).sendKeys(comment);
		Browser.find(By.id("grid-override")).sendKeys(reason);
		Browser.screenshot("rules-editor-override");
		Browser.find(By.id("grid-publish")).click();
	}

	@Then("the rules page shows the new version with the reason {string}")
	public void versionWithReason(String reason) {
		String serving = api.get("/api/rules").body().get("version").asString();
		Browser.driver().get(base + "/w/rules#versions");
		WebElement override = Browser
			.find(By.cssSelector(".override[data-version='" + serving.substring(0, 12) + "']"));
		assertThat(override.getText()).isEqualTo("Published although its acceptance features did not pass: " + reason);
		Browser.screenshot("rules-version-override");
	}

	@Given("an administrator has published {string} over the failing acceptance features, with a reason")
	public void publishedOverriding(String change) {
		assertThat(change).isEqualTo("Critical from 16");
		versionBefore = api.get("/api/rules").body().get("version").asString();
		RestClient admin = TestUsers.client(port(), users.token("root", Role.ADMIN));
		String bands = JsonMapper.builder()
			.build()
			.readTree(admin.get().uri("/api/rules/drafts/risk").retrieve().body(String.class))
			.get("files")
			.valueStream()
			.filter(f -> f.get("path").asString().equals("risk/bands.drl.csv"))
			.findFirst()
			.orElseThrow()
			.get("text")
			.asString();
		edits.markEdited();
		assertThat(admin.put()
			.uri("/api/rules/drafts/risk/files?path=risk/bands.drl.csv")
			.contentType(MediaType.TEXT_PLAIN)
			.body(bands.replace("Critical from 15,15", "Critical from 16,16").getBytes(StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).isEqualTo(200);
		ResponseEntity<String> published = admin.post()
			.uri("/api/rules/drafts/risk/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("comment", "Critical from 16, for the pilot quarter", "override",
					"The committee tries the new bands for a quarter"))
			.retrieve()
			.toEntity(String.class);
		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
		assertThat(api.get("/api/rules").body().get("version").asString()).isNotEqualTo(versionBefore);
	}

	@Then("the editor confirms that the new version serves")
	public void confirms() {
		String notice = Browser.find(By.cssSelector(".notice")).getText();
		String serving = api.get("/api/rules").body().get("version").asString();
		assertThat(serving).isNotEqualTo(versionBefore);
		assertThat(notice).contains("Published").contains(serving.substring(0, 12));
		Browser.screenshot("rules-editor-published");
	}

	@When("they roll back to the version that served before, with the comment {string}")
	public void rollBack(String comment) {
		String shown = versionBefore.substring(0, 12);
		Browser.driver().get(base + "/w/rules");
		Browser.find(By.id("comment-" + shown)).sendKeys(comment);
		Browser.find(By.id("rollback-" + shown)).submit();
	}

	@Then("the rules page says the version that served before serves again")
	public void rolledBack() {
		String notice = Browser.find(By.cssSelector("[role=status].notice")).getText();
		assertThat(notice).contains("Rolled back").contains(versionBefore.substring(0, 12));
		assertThat(api.get("/api/rules").body().get("version").asString()).isEqualTo(versionBefore);
		Browser.screenshot("rules-rolled-back");
	}

	@Then("the heatmap of the next ranking shows a score of {int} as {string}")
	public void heatmap(int score, String band) {
		ranked();
		JsonNode cells = api.result().get("heatmap").get("cells");
		assertThat(cells.valueStream().filter(c -> c.get("score").asInt() == score)).isNotEmpty()
			.allSatisfy(c -> assertThat(c.get("band").asString()).isEqualTo(band));
	}

	@Then("the cell is marked with {string}")
	public void marked(String message) {
		WebElement cell = typed.findElement(By.xpath("./ancestor::td"));
		Browser.until(d -> cell.getAttribute("class").contains("invalid"));
		assertThat(cell.findElement(By.cssSelector(".cell-error")).getText()).contains(message);
		Browser.screenshot("rules-editor-bad-cell");
	}

	@Then("the publication is refused, the cell is marked and the rules serving are unchanged")
	public void refused() {
		assertThat(Browser.find(By.id("refusal")).getText()).contains("Not published");
		assertThat(Browser.find(By.cssSelector("td.invalid .cell-error")).getText()).contains("is not a number");
		assertThat(api.get("/api/rules").body().get("version").asString()).isEqualTo(versionBefore);
		Browser.screenshot("rules-editor-refused");
	}

	@Then("they are told that {string} is editing it, since when, and are offered no grid")
	public void locked(String holder) {
		String text = Browser.find(By.id("locked")).getText();
		assertThat(text)
			.containsPattern("being edited by " + holder + " since \\d{1,2} [A-Z][a-z]{2,3} \\d{4} \\d{2}:\\d{2} UTC;");
		assertThat(Browser.driver().findElements(By.id("grid-form"))).isEmpty();
		Browser.screenshot("rules-editor-locked");
	}

	@After("@browser")
	public void noDraftLeft() {
		jdbc.sql("DELETE FROM rule_draft_file").update();
		jdbc.sql("DELETE FROM rule_draft").update();
	}

	private int port() {
		return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
	}

	private void type(String column, String band, String value) {
		// the title row is the last locked row; a data row is found by its name cell
		List<WebElement> titles = Browser.driver()
			.findElements(By.cssSelector("#grid-form tr.locked"))
			.stream()
			.reduce((a, b) -> b)
			.orElseThrow()
			.findElements(By.tagName("td"));
		int index = titles.stream().map(WebElement::getText).toList().indexOf(column);
		assertThat(index).as("column '" + column + "'").isNotNegative();
		WebElement row = Browser.driver()
			.findElements(By.cssSelector("#grid-form tr.data"))
			.stream()
			.filter(r -> r.findElement(By.name("cell")).getAttribute("value").equals(band))
			.findFirst()
			.orElseThrow();
		typed = row.findElements(By.name("cell")).get(index);
		typed.clear();
		typed.sendKeys(value);
	}

}
