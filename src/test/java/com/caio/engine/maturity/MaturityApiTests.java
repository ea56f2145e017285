package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.TestWorkspace;
import com.caio.engine.run.Runs;
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

/** The REST API's refusals and listings, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "caio.rules.watch=false")
class MaturityApiTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	static final TestWorkspace WORKSPACE = TestWorkspace.create("api");

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
	void anUnparseableUploadIs422WithItsLineAndIsStillKept() throws Exception {
		byte[] broken = "respondent_id,GOV-01\nR1,4\nR2,\"4\nR3,5\n".getBytes();
		ResponseEntity<String> response = upload("broken.csv", broken);

		assertThat(response.getStatusCode().value()).isEqualTo(422);
		JsonNode body = json.readTree(response.getBody());
		assertThat(body.get("line").asInt()).isEqualTo(3);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(body.get("detail").asString()).startsWith("broken.csv:3:1: a quoted field");
		assertThat(body.get("where").asString()).isEqualTo("broken.csv:3:1");
		Path kept = WORKSPACE.data().resolve("uploads").resolve(body.get("uploadSha256").asString() + ".csv");
		assertThat(Files.readAllBytes(kept)).isEqualTo(broken);
	}

	@Test
	void storedAssessmentsAreListedNewestFirstAndUnknownOnesAre404() throws Exception {
		ResponseEntity<String> first = upload("a.csv", Files.readAllBytes(Path.of("examples/survey-wide.csv")));
		ResponseEntity<String> second = upload("b.csv", Files.readAllBytes(Path.of("examples/survey-long.csv")));
		assertThat(first.getStatusCode().value()).isEqualTo(201);

		long secondId = json.readTree(second.getBody()).get("id").asLong();
		for (String path : List.of("/api/maturity/assessments", "/api/maturity")) {
			JsonNode list = json.readTree(client().get().uri(path).retrieve().body(String.class));
			assertThat(list.get(0).get("id").asLong()).isEqualTo(secondId);
			assertThat(list.get(0).get("input").get("name").asString()).isEqualTo("b.csv");
			assertThat(list.get(0).get("href").asString()).isEqualTo("/api/maturity/" + secondId);
		}
		assertThat(client().get().uri("/api/maturity/" + secondId + "/text").retrieve().body(String.class))
			.startsWith("AI maturity assessment #" + secondId + " of b.csv");
		assertThat(client().get()
			.uri("/api/maturity/assessments/999999")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(404);
	}

	@Test
	void theAnswerToAnUploadIsByteForByteTheRunAsStoredAndFoundAgain() throws Exception {
		for (String kind : List.of("maturity", "risk")) {
			String file = kind.equals("risk") ? "examples/risk-register.csv" : "examples/survey-wide.csv";
			LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
			parts.add("file", new ByteArrayResource(Files.readAllBytes(Path.of(file))) {
				@Override
				public String getFilename() {
					return "same.csv";
				}
			});
			String created = client().post()
				.uri("/api/" + kind)
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(parts)
				.retrieve()
				.body(String.class);
			long id = json.readTree(created).get("id").asLong();
			String found = client().get().uri("/api/" + kind + "/" + id).retrieve().body(String.class);
			assertThat(created).as(kind).isEqualTo(found);
			// and as the run itself is written, from the run read back
			Runs runs = context.getBean(Runs.class);
			assertThat(created).as(kind)
				.isEqualTo(context.getBean(JsonMapper.class).writeValueAsString(runs.find(kind, id)));
			assertThat(json.readTree(created).get("result").size()).as(kind).isGreaterThan(5);
		}
	}

	@Test
	void theRulesEndpointListsFilesVersionAndMessages() {
		JsonNode rules = json.readTree(client().get().uri("/api/rules").retrieve().body(String.class));
		assertThat(rules.get("version").asString()).hasSize(64);
		assertThat(rules.get("lastBuildSucceeded").asBoolean()).isTrue();
		assertThat(rules.get("files").toString()).contains("maturity/levels.drl.csv", "maturity/questions.csv");
		assertThat(rules.get("messages").isEmpty()).isTrue();
	}

	private ResponseEntity<String> upload(String name, byte[] content) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return client().post()
			.uri("/api/maturity/assessments")
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
			token = TestUsers.in(context).token("analyst-maturityapi", Role.ANALYST);
		}
		return token;
	}

}
