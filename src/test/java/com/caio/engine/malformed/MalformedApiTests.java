package com.caio.engine.malformed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.caio.engine.TestWorkspace;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import com.caio.engine.TestUsers;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed corpus over real HTTP: every survey, register, business case, per-unit
 * CSV and JSON evaluation is answered 2xx when the table says accepted and 422 when
 * refused, never 500 and never with a stack trace; and no stored result of an accepted
 * file holds NaN or Infinity.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caio.rules.watch=false")
class MalformedApiTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	static final TestWorkspace WORKSPACE = TestWorkspace.create("malformed");

	static final String RATE_PLAN = """
			{"plan": {"name": "p", "kpi": "rate", "baselineRate": 0.05, "targetRelativeEffect": 0.1,
			 "trafficPerDay": 100, "timeframeDays": 28}}""";

	static final String MEAN_PLAN = """
			{"plan": {"name": "p", "kpi": "mean", "baselineMean": 50, "baselineSd": 20, "targetRelativeEffect": -0.1,
			 "trafficPerDay": 100, "timeframeDays": 28}}""";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@AfterAll
	static void cleanUp() {
		TestWorkspace.deleteRecursively(WORKSPACE.root());
	}

	@LocalServerPort
	int port;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyFileIsAnsweredAsTheTableSaysAndNothingStoredHoldsNaN() {
		SoftAssertions softly = new SoftAssertions();
		int sent = 0;
		for (MalformedCorpus.Case c : MalformedCorpus.all()) {
			ResponseEntity<String> response = send(c);
			if (response == null) {
				continue;
			}
			sent++;
			int status = response.getStatusCode().value();
			String body = String.valueOf(response.getBody());
			softly.assertThat(status).as(c + " " + body).isEqualTo(c.accepted() ? expectedSuccess(c) : 422);
			softly.assertThat(body).as(c.toString()).doesNotContain("Exception", "\tat ", "at com.caio");
			if (!c.accepted() && status == 422) {
				softly.assertThat(body).as(c.toString()).contains(json(c.message()));
			}
			if (c.accepted() && status < 300) {
				String stored = stored(c, response);
				softly.assertThat(MalformedCorpus.hasNonFinite(stored)).as(c + " " + stored).isFalse();
			}
		}
		assertThat(sent).isGreaterThanOrEqualTo(100);
		softly.assertAll();
	}

	@Test
	void anEmptyBusinessCaseBodyIs422SayingWhatIsMissing() {
		for (String path : List.of("/api/businesscase", "/api/business-cases")) {
			for (MediaType type : List.of(MediaType.parseMediaType("application/yaml"), MediaType.APPLICATION_JSON)) {
				ResponseEntity<String> response = client().post()
					.uri(path)
					.contentType(type)
					.body(new byte[0])
					.retrieve()
					.toEntity(String.class);
				assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(422);
				assertThat(response.getBody()).contains("the business case is empty; expected a YAML or JSON mapping "
						+ "with at least currency, baseline (or baselineCsv) and scenarios");
			}
		}
	}

	private static int expectedSuccess(MalformedCorpus.Case c) {
		return c.kind().startsWith("pilot") ? 200 : 201;
	}

	/** The message as it appears inside a JSON string. */
	private String json(String message) {
		String quoted = json.writeValueAsString(message);
		return quoted.substring(1, quoted.length() - 1);
	}

	private ResponseEntity<String> send(MalformedCorpus.Case c) {
		byte[] bytes = MalformedCorpus.bytes(c);
		return switch (c.kind()) {
			case "survey" -> upload("/api/maturity", c.name(), bytes);
			case "risk" -> upload("/api/risk", c.name(), bytes);
			case "businesscase" -> client().post()
				.uri("/api/businesscase?name=" + c.name())
				.contentType(c.name().endsWith(".json") ? MediaType.APPLICATION_JSON
						: MediaType.parseMediaType("application/yaml"))
				.body(bytes)
				.retrieve()
				.toEntity(String.class);
			case "pilotunits" -> upload("/api/pilots/"
					+ pilot(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("converted")
							? RATE_PLAN : MEAN_PLAN)
					+ "/evaluation", c.name(), bytes);
			case "pilotevaluation" -> c.name().endsWith(".json") ? client().post()
				.uri("/api/pilots/" + pilot(MEAN_PLAN) + "/evaluation")
				.contentType(MediaType.APPLICATION_JSON)
				.body(bytes)
				.retrieve()
				.toEntity(String.class) : null;
			default -> null;
		};
	}

	private String stored(MalformedCorpus.Case c, ResponseEntity<String> response) {
		JsonNode body = json.readTree(response.getBody());
		String path = switch (c.kind()) {
			case "survey" -> "/api/maturity/" + body.get("id").asLong();
			case "risk" -> "/api/risk/" + body.get("id").asLong();
			case "businesscase" -> "/api/businesscase/" + body.get("id").asLong();
			default -> "/api/pilots/" + lastPilot;
		};
		return client().get().uri(path).retrieve().body(String.class);
	}

	private long lastPilot;

	private long pilot(String request) {
		String body = client().post()
			.uri("/api/pilots")
			.contentType(MediaType.APPLICATION_JSON)
			.body(request)
			.retrieve()
			.body(String.class);
		lastPilot = json.readTree(body).get("id").asLong();
		return lastPilot;
	}

	private ResponseEntity<String> upload(String path, String name, byte[] content) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return client().post()
			.uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class);
	}

	private RestClient client() {
		return TestUsers.builder(port, token()).defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
		}).build();
	}

	private String token;

	/** A real user with a real role, signed in with a personal token. */
	private String token() {
		if (token == null) {
			token = TestUsers.in(context).token("analyst-malformedapi", Role.ANALYST);
		}
		return token;
	}

}
