package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleVersionFiles;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.security.Role;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs of stored runs over real HTTP: an example run of every capability, uploaded
 * with its options and attachments, is identical when re-run under the version it
 * recorded; a run under an edited version is re-run under that version's kept files; runs
 * whose input was not kept are refused naming why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caio.rules.watch=false")
class RerunTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("rerun");

	static final Path GOVERNANCE = Path.of("examples/governance");

	static final Path UPSKILLING = Path.of("examples/upskilling");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	/** Published versions kept in memory, standing in for the database. */
	@TestConfiguration
	static class KeptVersions {

		static final Map<String, Map<String, byte[]>> FILES = new ConcurrentHashMap<>();

		@Bean
		@Primary
		RuleVersionFiles keptVersions() {
			return version -> Optional.ofNullable(FILES.get(version));
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Runs runs;

	@Autowired
	RunStore store;

	@Autowired
	RuleRuntime runtime;

	@Autowired
	CompiledVersions versions;

	final JsonMapper json = JsonMapper.builder().build();

	RestClient admin;

	@BeforeEach
	void signIn() {
		admin = TestUsers.client(port, TestUsers.in(context).token("rerun-admin", Role.ADMIN));
	}

	@Test
	void anExampleRunOfEveryCapabilityIsIdenticalWhenReRunUnderItsVersion() throws Exception {
		Map<String, String> uploads = new TreeMap<>();
		uploads.put("maturity", upload("/api/maturity", Map.of("file", Path.of("examples/survey-wide.csv"))));
		uploads.put("risk", upload("/api/risk", Map.of("file", Path.of("examples/risk-register.csv"))));
		uploads.put("businesscase",
				upload("/api/businesscase", Map.of("file", Path.of("examples/business-case.yaml"))));
		uploads.put("pilot", upload("/api/pilot", Map.of("file", Path.of("examples/pilot-plan.yaml"))));
		uploads.put("economics", upload("/api/economics", Map.of("file", Path.of("examples/economics.yaml"))));
		uploads.put("onboarding", upload("/api/onboarding", Map.of("file", Path.of("examples/onboarding.yaml"))));
		uploads.put("opportunities", upload("/api/opportunities?method=wsjf", Map.of("file",
				Path.of("examples/opportunity-backlog.csv"), "plan", Path.of("examples/mvp-plan.yaml"))));
		uploads.put("upskilling",
				upload("/api/upskilling", Map.of("file", UPSKILLING.resolve("programme.yaml"), "survey",
						UPSKILLING.resolve("skills-survey.csv"), "results", UPSKILLING.resolve("module-results.csv"),
						"tasklog", UPSKILLING.resolve("task-log.csv"))));
		uploads.put("governance", governancePack());

		assertThat(uploads.keySet()).as("every capability has an example run here")
			.isEqualTo(new TreeSet<>(runs.capabilities().stream().map(Capability::kind).toList()));
		uploads.forEach((kind, location) -> {
			ResponseEntity<String> rerun = admin.post().uri(location + "/rerun").retrieve().toEntity(String.class);
			assertThat(rerun.getStatusCode().value()).as(kind + ": " + rerun.getBody()).isEqualTo(200);
			JsonNode body = json.readTree(rerun.getBody());
			assertThat(body.get("identical").asBoolean()).as(kind + ": " + body.get("differences")).isTrue();
			assertThat(body.get("rerunVersion").asString()).isEqualTo(body.get("recordedVersion").asString());
		});
	}

	@Test
	void aRunStampedWithAnEarlierVersionIsReRunUnderThatVersionsKeptFiles() throws Exception {
		String location = upload("/api/risk", Map.of("file", Path.of("examples/risk-register.csv")));
		Run<?> stored = runs.find("risk", id(location));
		Map<String, byte[]> edited = new TreeMap<>(runtime.servingFiles());
		edited.put("risk/bands.drl.csv",
				new String(edited.get("risk/bands.drl.csv"), StandardCharsets.UTF_8)
					.replace("Critical from 15,15", "Critical from 16,16")
					.getBytes(StandardCharsets.UTF_8));
		String version = runtime.compile(edited).version();
		KeptVersions.FILES.put(version, edited);
		Run<?> earlier = store.save("risk", stored.input(), version, stored.result());
		copyInputs(stored, earlier);

		JsonNode body = json.readTree(
				admin.post().uri("/api/risk/" + earlier.id() + "/rerun").retrieve().toEntity(String.class).getBody());

		assertThat(body.get("identical").asBoolean()).isFalse();
		assertThat(body.get("rerunVersion").asString()).isEqualTo(version);
		assertThat(body.get("differences").valueStream().map(d -> d.get("after").asString()))
			.as("score-15 risks move from Critical to High under the edited bands")
			.contains("High");
		assertThat(versions.cached()).contains(version);
	}

	@Test
	void aRunWhoseVersionWasNotKeptIs409NamingTheVersion() throws Exception {
		String location = upload("/api/risk", Map.of("file", Path.of("examples/risk-register.csv")));
		Run<?> stored = runs.find("risk", id(location));
		String unknown = "0".repeat(64);
		Run<?> old = store.save("risk", stored.input(), unknown, stored.result());

		ResponseEntity<String> rerun = admin.post()
			.uri("/api/risk/" + old.id() + "/rerun")
			.retrieve()
			.toEntity(String.class);

		assertThat(rerun.getStatusCode().value()).isEqualTo(409);
		assertThat(json.readTree(rerun.getBody()).get("detail").asString()).contains(unknown).contains("not kept");
	}

	@Test
	void aCommandLineRunIsRefusedBecauseTheServerNeverKeptItsFile() throws Exception {
		Path file = Files.copy(Path.of("examples/risk-register.csv"), WORKSPACE.root().resolve("cli-register.csv"));
		Run<?> run = runs.run("risk", Source.file(file));

		ResponseEntity<String> rerun = admin.post()
			.uri("/api/risk/" + run.id() + "/rerun")
			.retrieve()
			.toEntity(String.class);

		assertThat(rerun.getStatusCode().value()).isEqualTo(409);
		assertThat(json.readTree(rerun.getBody()).get("detail").asString()).contains("command line")
			.contains("cli-register.csv");
	}

	@Test
	void aRunOfACapabilityWithOptionsStoredBeforeTheyWereRecordedIsRefused() throws Exception {
		String location = upload("/api/risk", Map.of("file", Path.of("examples/risk-register.csv")));
		Run<?> stored = runs.find("risk", id(location));
		Run<?> before = store.save("risk", stored.input(), stored.ruleSetVersion(), stored.result());

		ResponseEntity<String> rerun = admin.post()
			.uri("/api/risk/" + before.id() + "/rerun")
			.retrieve()
			.toEntity(String.class);

		assertThat(rerun.getStatusCode().value()).isEqualTo(409);
		assertThat(json.readTree(rerun.getBody()).get("detail").asString())
			.contains("before its options and attachments were recorded");
	}

	@Test
	void aViewerCannotReRun() {
		RestClient viewer = TestUsers.client(port, TestUsers.in(context).token("rerun-viewer", Role.VIEWER));

		assertThat(viewer.post().uri("/api/risk/1/rerun").retrieve().toEntity(String.class).getStatusCode().value())
			.isEqualTo(403);
	}

	private String governancePack() throws Exception {
		upload("/api/risk", Map.of("file", GOVERNANCE.resolve("risk-register-2026-Q2.csv")));
		upload("/api/risk", Map.of("file", GOVERNANCE.resolve("risk-register-2026-Q3.csv")));
		ResponseEntity<String> created = admin.post()
			.uri("/api/engagements")
			.contentType(MediaType.parseMediaType("application/yaml"))
			.body(Files.readString(GOVERNANCE.resolve("engagement.yaml")))
			.retrieve()
			.toEntity(String.class);
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		long engagement = json.readTree(created.getBody()).get("id").asLong();
		Map<String, Path> files = new LinkedHashMap<>();
		files.put("file", GOVERNANCE.resolve("pack.yaml"));
		files.put("kpis", GOVERNANCE.resolve("kpis.csv"));
		files.put("incidents", GOVERNANCE.resolve("incidents.csv"));
		files.put("framework", GOVERNANCE.resolve("framework.yaml"));
		return upload("/api/governance?engagement=" + engagement + "&quarter=2026-Q3", files);
	}

	private String upload(String uri, Map<String, Path> files) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		files.forEach((name, file) -> parts.add(name, new FileSystemResource(file)));
		ResponseEntity<String> response = admin.post()
			.uri(uri)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).as(uri + ": " + response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().toString();
	}

	private static long id(String location) {
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The parts the first run recorded, for a run made directly in the store. */
	private void copyInputs(Run<?> from, Run<?> to) {
		context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("INSERT INTO run_input_part (kind, run_id, part, name, val, sha256) "
					+ "SELECT kind, :to, part, name, val, sha256 FROM run_input_part WHERE kind = :kind AND run_id = :from")
			.param("to", to.id())
			.param("from", from.id())
			.param("kind", from.kind())
			.update();
	}

}
