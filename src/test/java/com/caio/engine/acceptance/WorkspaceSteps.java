package com.caio.engine.acceptance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import com.caio.engine.TestUsers;
import com.caio.engine.security.Role;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace as a person uses it, in Debian's chromium: the pages, the forms, the
 * downloads. Set-up that is not what the story is about (storing a run, importing an
 * engagement) goes through the REST API, as a script would.
 */
public class WorkspaceSteps {

	private final String base;

	private final Api api;

	private final TestUsers users;

	private long engagementId;

	private long runId;

	public WorkspaceSteps(@LocalServerPort int port, Api api, ApplicationContext context) {
		this.base = "http://localhost:" + port;
		this.api = api;
		this.users = TestUsers.in(context);
	}

	@Before("@browser")
	public void freshBrowser() {
		Browser.driver().manage().deleteAllCookies();
	}

	private WebDriver browser() {
		return Browser.driver();
	}

	@Given("{string}, an analyst, signs in")
	public void analystSignsIn(String username) {
		users.user(username, Role.ANALYST);
		signIn(username);
		assertThat(Browser.find(By.tagName("h1")).getText()).isEqualTo("Workspace");
		Browser.screenshot("home");
	}

	@Given("{string}, the executive {word} {word} and a member of it, signs in")
	public void executiveSignsIn(String username, String first, String last) {
		users.user(username, Role.EXECUTIVE);
		users.member(username, engagementId);
		signIn(username);
	}

	@Given("{string}, a viewer who is not a member of it, signs in")
	public void viewerSignsIn(String username) {
		users.user(username, Role.VIEWER);
		signIn(username);
	}

	/** Through the real sign-in form, with the user's real password. */
	void signIn(String username) {
		// a fresh session: nothing saved from a request made before signing in
		browser().manage().deleteAllCookies();
		browser().get(base + "/login");
		Browser.screenshot("login");
		Browser.find(By.id("username")).sendKeys(username);
		Browser.find(By.id("password")).sendKeys(TestUsers.password(username));
		Browser.find(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
		Browser.until(d -> !d.getCurrentUrl().contains("/login"));
		assertThat(Browser.find(By.cssSelector(".user")).getText()).contains("Sign out");
	}

	@When("nobody is signed in, opening the engagement's dashboard leads to the sign-in page")
	public void anonymous() {
		browser().get(base + "/w/engagements/" + engagementId);
		Browser.until(d -> d.getCurrentUrl().contains("/login"));
		assertThat(browser().getPageSource()).doesNotContain("Tailspin");
	}

	@Then("the engagement is not in their list and its dashboard answers {string}")
	public void notVisible(String answer) {
		browser().get(base + "/w/engagements");
		assertThat(Browser.find(By.tagName("main")).getText()).doesNotContain("Tailspin");
		browser().get(base + "/w/engagements/" + engagementId);
		assertThat(Browser.find(By.tagName("h1")).getText()).isEqualTo(answer);
		assertThat(browser().getPageSource()).doesNotContain("Tailspin");
		Browser.screenshot("refused-engagement");
	}

	@Then("its maturity run's result page answers {string}")
	public void runNotVisible(String answer) {
		browser().get(base + "/w/maturity/" + runId);
		assertThat(Browser.find(By.tagName("h1")).getText()).isEqualTo(answer);
	}

	@Then("they are offered no upload form")
	public void noUploadForm() {
		browser().get(base + "/w/maturity");
		assertThat(browser().findElements(By.id("upload"))).isEmpty();
		assertThat(Browser.find(By.tagName("main")).getText()).contains("needs the analyst role");
	}

	@When("they open {string} and upload {string}")
	public void openAndUpload(String capability, String file) {
		Browser.find(By.linkText(capability)).click();
		assertThat(Browser.find(By.tagName("h1")).getText()).isEqualTo(capability);
		Browser.find(By.id("file")).sendKeys(Path.of(file).toAbsolutePath().toString());
		Browser.screenshot("upload-" + capability.toLowerCase().replace(' ', '-'));
		Browser.find(By.id("run")).click();
	}

	@Then("the upload and reading progress reach 100% and the result page opens")
	public void progressAndResult() {
		Browser.until(d -> d.getCurrentUrl().matches(".*/w/maturity/\\d+$"));
		assertThat(Browser.find(By.tagName("h1")).getText()).startsWith("AI maturity · run #");
		Browser.screenshot("result-maturity");
	}

	@Then("the result shows the level of each of the {int} dimensions")
	public void levels(int dimensions) {
		List<WebElement> rows = browser().findElements(By.cssSelector("#levels tbody tr"));
		// the overall level, then one row per dimension
		assertThat(rows).hasSize(dimensions + 1);
		assertThat(rows.get(0).getText()).startsWith("Overall");
		for (WebElement row : rows) {
			assertThat(row.findElement(By.cssSelector("td.level")).getText()).matches("Level [1-5] · .+");
		}
		assertThat(Browser.find(By.cssSelector("img.chart")).getAttribute("src")).endsWith("/svg");
	}

	@Then("the rejected rows are listed with line, column and reason:")
	public void rejectedRows(DataTable expected) {
		List<WebElement> rows = browser().findElements(By.cssSelector("#rejected tbody tr"));
		List<Map<String, String>> want = expected.asMaps();
		assertThat(rows).hasSize(want.size());
		for (int i = 0; i < want.size(); i++) {
			List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
			assertThat(cells.get(0).getText()).isEqualTo(want.get(i).get("line"));
			assertThat(cells.get(1).getText()).isEqualTo(want.get(i).get("column"));
			assertThat(cells.get(2).getText()).startsWith(want.get(i).get("reason"));
		}
	}

	@Then("the rejected rows download as CSV with the same {int} rows")
	public void rejectedCsv(int count) throws Exception {
		String href = Browser.find(By.linkText("Download rejected rows (CSV)")).getAttribute("href");
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(signedIn(href), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("line,column,reason");
		assertThat(lines).hasSize(count + 1);
		assertThat(lines.get(1)).startsWith("42,5,\"answer '7' to GOV-02");
	}

	/** A download as the browser makes it: with the browser's session cookie. */
	private HttpRequest signedIn(String href) {
		String cookies = String.join("; ",
				browser().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
		return HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build();
	}

	@Then("the result offers a download of its {string}, {string} and {string} documents")
	public void downloads(String first, String second, String third) throws Exception {
		for (String label : List.of(first, second, third)) {
			String href = Browser.find(By.linkText("Download " + label)).getAttribute("href");
			HttpResponse<byte[]> document = HttpClient.newHttpClient()
				.send(signedIn(href), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(document.statusCode()).as(label).isEqualTo(200);
			assertThat(document.body().length).as(label).isGreaterThan(100);
		}
	}

	@Then("the form says the file is refused, naming where and why")
	public void refused() {
		WebElement refusal = Browser.until(d -> {
			WebElement r = d.findElement(By.id("refusal"));
			return r.isDisplayed() ? r : null;
		});
		assertThat(refusal.getText()).startsWith("Refused at ");
		assertThat(refusal.findElement(By.tagName("code")).getText()).matches(".+:\\d+:\\d+|.+");
		assertThat(browser().getCurrentUrl()).endsWith("/w/risk");
		Browser.screenshot("refused-risk");
	}

	@Then("the page shows no stack trace")
	public void noStackTrace() {
		String page = browser().getPageSource();
		assertThat(page).doesNotContain("Exception").doesNotContain("\tat com.").doesNotContain("Whitelabel");
	}

	@Given("an engagement {string} whose maturity assessment is stored, with the executive {string}")
	public void engagement(String client, String executive) {
		long run = api.upload("/api/maturity", Path.of("examples/survey-wide.csv")).body().get("id").asLong();
		runId = run;
		String today = LocalDate.now().toString();
		String person = executive.toLowerCase().replace(' ', '-');
		String file = """
				{"client": "%s", "title": "AI readiness", "start": "%s", "lead": "Elena Marsh",
				 "stories": ["CDO-ASSESSMENT"],
				 "people": [{"id": "%s", "name": "%s", "title": "Chief Data Officer", "organisation": "%s",
				             "roles": ["CDO", "executive"]}],
				 "artefacts": [{"id": "maturity-assessment", "type": "maturity", "name": "AI maturity assessment",
				                "run": {"id": %d}, "date": "%s"}]}""".formatted(client, today, person, executive,
				client, run, today);
		Api.Response imported = api.createEngagement(file);
		assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
		engagementId = imported.body().get("id").asLong();
	}

	@When("the executive opens the engagement's dashboard")
	public void dashboard() {
		browser().get(base + "/w/engagements");
		Browser.find(By.linkText("AI readiness")).click();
		Browser.until(d -> d.getCurrentUrl().endsWith("/w/engagements/" + engagementId));
		assertThat(Browser.find(By.id("stories-title")).getText()).isEqualTo("Stories in scope");
		Browser.screenshot("engagement");
	}

	@When("records a sign-off approving {string} by {string} today")
	public void signOffToday(String artefact, String person) {
		signOff(artefact, person, LocalDate.now());
	}

	@When("records a sign-off approving {string} by {string} on a day next year")
	public void signOffNextYear(String artefact, String person) {
		signOff(artefact, person, LocalDate.now().plusYears(1));
	}

	private void signOff(String artefact, String person, LocalDate date) {
		WebElement form = Browser.find(By.id("form-sign-off"));
		new Select(form.findElement(By.id("sign-off-artefact"))).selectByVisibleText(artefact);
		new Select(form.findElement(By.id("sign-off-person"))).selectByVisibleText(person + " (Chief Data Officer)");
		new Select(form.findElement(By.id("sign-off-decision"))).selectByVisibleText("Approve");
		Browser.setValue(form.findElement(By.id("sign-off-date")), date.toString());
		form.findElement(By.id("sign-off-comment")).sendKeys("Read and agreed in the steering meeting");
		form.findElement(By.tagName("button")).click();
	}

	@Then("the dashboard confirms the sign-off and the timeline reads {string}")
	public void confirmed(String line) {
		assertThat(Browser.find(By.cssSelector(".notice")).getText()).startsWith("Sign off recorded as ");
		assertThat(Browser.find(By.id("timeline")).getText()).contains(line);
		Browser.screenshot("engagement-signed-off");
	}

	@Then("the administrator's audit page lists the sign-off by {string}")
	public void audit(String username) {
		browser().get(base + "/w/audit");
		// refused (403): the trail is not shown
		assertThat(browser().findElements(By.id("audit-page"))).isEmpty();
		users.user("root", Role.ADMIN);
		signIn("root");
		browser().get(base + "/w/audit");
		Browser.find(By.cssSelector("tbody tr"));
		// newest first: the administrator's own sign-in is above it
		WebElement signOff = browser().findElements(By.cssSelector("tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("engagement.recorded"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no engagement.recorded row on the audit page"));
		assertThat(signOff.getText()).contains("user:" + username).contains("engagement " + engagementId);
		Browser.screenshot("audit");
	}

	@Then("the date field says the date is in the future and nothing is recorded")
	public void futureRefused() {
		WebElement error = Browser.find(By.id("sign-off-date-error"));
		assertThat(error.getText()).contains("in the future");
		assertThat(Browser.find(By.id("sign-off-date")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser().findElements(By.cssSelector("#timeline tbody tr"))).isEmpty();
		Browser.screenshot("engagement-refused");
	}

	@Then("every page of the workspace has a label on every field and opens without an error")
	public void everyPage() {
		List<String> pages = List.of("/", "/w/maturity", "/w/risk", "/w/businesscase", "/w/pilot", "/w/economics",
				"/w/onboarding", "/w/opportunities", "/w/engagements", "/w/rules", "/profile");
		for (String page : pages) {
			browser().get(base + page);
			assertThat(Browser.find(By.tagName("h1")).getText()).as(page)
				.isNotBlank()
				.isNotEqualTo("Something went wrong");
			assertThat(browser().getPageSource()).as(page).doesNotContain("Whitelabel").doesNotContain("Exception");
			for (WebElement field : browser()
				.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
				String id = field.getAttribute("id");
				boolean labelled = id != null && !id.isEmpty()
						&& !browser().findElements(By.cssSelector("label[for='" + id + "']")).isEmpty();
				boolean wrapped = !field.findElements(By.xpath("ancestor::label")).isEmpty();
				assertThat(labelled || wrapped).as(page + ": field " + field.getAttribute("name") + " has a label")
					.isTrue();
			}
			String name = page.equals("/") ? "home" : page.substring(page.lastIndexOf('/') + 1);
			Browser.screenshot("page-" + name);
		}
		// the first Tab reaches the skip link, the next the navigation
		browser().get(base + "/");
		browser().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		assertThat(browser().switchTo().activeElement().getText()).isEqualTo("Skip to content");
	}

}
