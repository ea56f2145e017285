package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance features of the risk rule base run against a draft in a child JVM (the
 * real features/risk, the real steps, the draft's whole rule set) and gate publishing: an
 * unchanged draft passes every scenario and publishes; an edit after the check makes it
 * stale; Critical from 16 fails the heatmap scenario, is refused 409 to everyone without
 * a reason and published by an administrator with one, the reason kept with the version
 * and in the audit log. Two child runs in all (about 35 s each here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caio.rules.watch=false")
class DraftFeaturesTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("draft-features");

	static final String BANDS = "risk/bands.drl.csv";

	static final String HEATMAP = "The heatmap names the top 5 risks with their likelihood and impact";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Drafts drafts;

	@Autowired
	RuleRuntime runtime;

	@Autowired
	AuditLog audit;

	final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void undo() {
		drafts.folders().forEach(drafts::delete);
		WORKSPACE.resetRules();
		runtime.reload("test");
	}

	@Test
	void anUnchangedDraftPassesEveryScenarioOfItsFeaturesAndAnEditAfterTheCheckMakesItStale() throws IOException {
		RestClient rita = client("rita", Role.RULE_EDITOR);
		rita.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class);

		JsonNode check = runFeatures(rita, "risk");

		assertThat(check.get("state").asString()).as(check.toString()).isEqualTo("passed");
		assertThat(names(check, "passed")).as("every scenario of features/risk without @browser")
			.containsExactlyInAnyOrderElementsOf(scenarioNames(Path.of("features/risk")));
		assertThat(check.get("failed").asInt()).isZero();
		assertThat(check.get("current").asBoolean()).isTrue();
		assertThat(check.get("summary").asString())
			.isEqualTo("All 7 scenarios of the acceptance features of risk " + "pass on this draft.");
		assertThat(body(rita.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class)).get("features")
			.get("state")
			.asString()).as("the draft carries its check").isEqualTo("passed");

		String shipped = Files.readString(TestWorkspace.SHIPPED_RULES.resolve(BANDS));
		DraftsApiTests.put(rita, BANDS, shipped.replace("heatmap fills.", "heatmap fills on the slide."));
		ResponseEntity<String> stale = publish(rita, Map.of("comment", "bands as they were"));
		assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(409);
		assertThat(body(stale).get("detail").asString())
			.startsWith("The draft of risk has changed since its acceptance features last ran");
		assertThat(
				body(rita.get().uri("/api/rules/drafts/risk/features").retrieve().toEntity(String.class)).get("current")
					.asBoolean())
			.isFalse();

		// the files the check ran on again: its result holds for them
		DraftsApiTests.put(rita, BANDS, shipped);
		ResponseEntity<String> published = publish(rita, Map.of("comment", "bands as they were"));
		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
		assertThat(body(published).get("override").isNull()).isTrue();
	}

	@Test
	void criticalFrom16FailsTheHeatmapScenarioAndOnlyAnAdministratorPublishesItWithAReason() {
		RestClient rita = client("rita", Role.RULE_EDITOR);
		RestClient ada = client("ada", Role.ADMIN);
		String before = runtime.current().version();
		DraftsApiTests.put(rita, BANDS, DraftsApiTests.raisedCritical());

		JsonNode check = runFeatures(rita, "risk");

		assertThat(check.get("state").asString()).as(check.toString()).isEqualTo("failed");
		JsonNode heatmap = scenario(check, HEATMAP);
		assertThat(heatmap.get("status").asString()).isEqualTo("failed");
		assertThat(heatmap.get("step").asString()).isEqualTo("the top 5 risks are:");
		assertThat(heatmap.get("message").asString()).isNotBlank().doesNotContain("\n");
		assertThat(check.get("summary").asString()).startsWith(check.get("failed").asInt() + " of 7 scenarios");

		ResponseEntity<String> refused = publish(rita, Map.of("comment", "Critical from 16"));
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body(refused).get("detail").asString())
			.startsWith("The acceptance features of risk fail for " + "this draft: '" + HEATMAP + "'")
			.endsWith(". An administrator can publish it anyway with a reason.");
		assertThat(publish(rita, Map.of("comment", "Critical from 16", "override", "I know better")).getStatusCode()
			.value()).as("a rule editor cannot override").isEqualTo(403);

		ada.post().uri("/api/rules/drafts/risk/lock/break").retrieve().toEntity(String.class);
		ResponseEntity<String> blank = publish(ada, Map.of("comment", "Critical from 16", "override", " "));
		assertThat(blank.getStatusCode().value()).isEqualTo(422);
		assertThat(body(blank).get("where").asString()).isEqualTo("override");
		assertThat(runtime.current().version()).isEqualTo(before);

		String reason = "The risk committee moved the band; the features follow next sprint";
		ResponseEntity<String> published = publish(ada, Map.of("comment", "Critical from 16", "override", reason));

		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
		assertThat(body(published).get("override").asString()).isEqualTo(reason);
		assertThat(runtime.current().version()).isNotEqualTo(before);
		JsonNode newest = body(ada.get().uri("/api/rules/versions").retrieve().toEntity(String.class)).get(0);
		assertThat(newest.get("version").asString()).isEqualTo(runtime.current().version());
		assertThat(newest.get("comment").asString()).isEqualTo("Critical from 16");
		assertThat(newest.get("overrideReason").asString()).isEqualTo(reason);
		assertThat(audit.recent("rules.published", 1)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("user:ada");
			assertThat(e.detail()).contains("Critical from 16")
				.contains("published although its acceptance features did not pass: " + reason);
		});
	}

	/** Starts the features of the draft and waits for their result. */
	private JsonNode runFeatures(RestClient client, String folder) {
		ResponseEntity<String> started = client.post()
			.uri("/api/rules/drafts/" + folder + "/features")
			.retrieve()
			.toEntity(String.class);
		assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(202);
		assertThat(body(started).get("state").asString()).isEqualTo("running");
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode check = body(
					client.get().uri("/api/rules/drafts/" + folder + "/features").retrieve().toEntity(String.class));
			if (!check.get("state").asString().equals("running")) {
				return check;
			}
			sleep();
		}
		throw new AssertionError("the features of " + folder + " still run after 4 minutes");
	}

	/**
	 * The scenario names of the feature files below a folder, the @browser ones left out.
	 */
	static List<String> scenarioNames(Path dir) throws IOException {
		List<String> names = new ArrayList<>();
		Pattern scenario = Pattern.compile("(?m)^(\\s*@[^\\n]*\\n)?\\s*Scenario: (.+)$");
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
				String text = Files.readString(file);
				if (text.stripLeading().startsWith("@browser")) {
					continue;
				}
				Matcher m = scenario.matcher(text);
				while (m.find()) {
					if (m.group(1) == null || !m.group(1).contains("@browser")) {
						names.add(m.group(2).strip());
					}
				}
			}
		}
		return names;
	}

	private static List<String> names(JsonNode check, String status) {
		List<String> names = new ArrayList<>();
		check.get("scenarios").forEach(s -> {
			if (s.get("status").asString().equals(status)) {
				names.add(s.get("name").asString());
			}
		});
		return names;
	}

	private static JsonNode scenario(JsonNode check, String name) {
		for (JsonNode s : check.get("scenarios")) {
			if (s.get("name").asString().equals(name)) {
				return s;
			}
		}
		throw new AssertionError("no scenario '" + name + "' in " + check);
	}

	private ResponseEntity<String> publish(RestClient client, Map<String, String> body) {
		return client.post()
			.uri("/api/rules/drafts/risk/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	private RestClient client(String user, Role role) {
		return TestUsers.client(port, TestUsers.in(context).token(user, role));
	}

	private JsonNode body(ResponseEntity<String> response) {
		return json.readTree(response.getBody());
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
