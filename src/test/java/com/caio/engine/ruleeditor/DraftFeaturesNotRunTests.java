package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
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
 * A server not started from the source tree (a project folder with the features but no
 * compiled steps or test classpath, as beside a bare jar): the features of risk are "not
 * run", the reason in plain words, and publishing is refused as for a failure; a rule
 * base without features publishes without a check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caio.rules.watch=false")
class DraftFeaturesNotRunTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("draft-features-not-run");

	/** A project folder holding only the risk features. */
	static final Path PROJECT = project();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
		registry.add("caio.rules.features.project-dir", PROJECT::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Drafts drafts;

	@Autowired
	RuleRuntime runtime;

	final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void undo() {
		drafts.folders().forEach(drafts::delete);
	}

	@Test
	void withoutTheCompiledStepsTheFeaturesAreNotRunWithTheReasonAndPublishingIsRefused() {
		RestClient rita = client("rita", Role.RULE_EDITOR);
		DraftsApiTests.put(rita, "risk/bands.drl.csv", DraftsApiTests.raisedCritical());

		ResponseEntity<String> started = rita.post()
			.uri("/api/rules/drafts/risk/features")
			.retrieve()
			.toEntity(String.class);

		assertThat(started.getStatusCode().value()).isEqualTo(202);
		JsonNode check = body(started);
		assertThat(check.get("state").asString()).isEqualTo("not run");
		assertThat(check.get("reason").asString())
			.startsWith("this server was not started from the project's source "
					+ "tree, so the compiled steps of the features are missing")
			.contains("start it with mvn spring-boot:run");
		assertThat(check.get("summary").asString()).startsWith("The acceptance features of risk were not run: ");

		String before = runtime.current().version();
		ResponseEntity<String> refused = publish(rita, "risk");
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(body(refused).get("detail").asString())
			.startsWith("The acceptance features of risk have not passed on this draft: this server was not started")
			.endsWith("An administrator can publish it anyway with a reason.");
		assertThat(runtime.current().version()).isEqualTo(before);
	}

	@Test
	void aDraftWhoseFeaturesWereNeverRunIsRefusedSayingSo() {
		RestClient rita = client("rita", Role.RULE_EDITOR);
		JsonNode draft = body(rita.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class));
		assertThat(draft.get("features").get("summary").asString())
			.isEqualTo("The acceptance features of risk have not been run on this draft.");

		ResponseEntity<String> refused = publish(rita, "risk");

		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(body(refused).get("detail").asString())
			.isEqualTo("The acceptance features of risk have not been run on this draft; run them (about a minute) "
					+ "and publish when they pass. An administrator can publish it anyway with a reason.");
	}

	@Test
	void aRuleBaseWithoutFeaturesHasNoneToPassAndPublishes() {
		RestClient rita = client("rita", Role.RULE_EDITOR);
		rita.get().uri("/api/rules/drafts/maturity").retrieve().toEntity(String.class);

		JsonNode check = body(rita.post().uri("/api/rules/drafts/maturity/features").retrieve().toEntity(String.class));

		assertThat(check.get("state").asString()).isEqualTo("no features");
		assertThat(publish(rita, "maturity").getStatusCode().value()).isEqualTo(200);
	}

	private ResponseEntity<String> publish(RestClient client, String folder) {
		return client.post()
			.uri("/api/rules/drafts/" + folder + "/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("comment", "as drafted"))
			.retrieve()
			.toEntity(String.class);
	}

	private RestClient client(String user, Role role) {
		return TestUsers.client(port, TestUsers.in(context).token(user, role));
	}

	private JsonNode body(ResponseEntity<String> response) {
		return json.readTree(response.getBody());
	}

	private static Path project() {
		try {
			Path project = Files.createTempDirectory("caio-bare-project-");
			Path features = Files.createDirectories(project.resolve("features/risk"));
			try (var files = Files.list(Path.of("features/risk"))) {
				for (Path file : files.toList()) {
					Files.copy(file, features.resolve(file.getFileName().toString()));
				}
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> TestWorkspace.deleteRecursively(project)));
			return project;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
