package com.caio.engine.acceptance;

import java.nio.file.Path;

import com.caio.engine.TestUsers;
import com.caio.engine.security.Role;
import io.cucumber.spring.ScenarioScope;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running server as a client sees it, plus the last response of the scenario. The
 * scenario calls as the consultant: a real user with the analyst, executive and rule
 * editor roles, signed in with a real personal token, and a member of every engagement
 * the scenario records (which only an administrator may create).
 */
@Component
@ScenarioScope
public class Api {

	/** A response: status, Location header and JSON body. */
	public record Response(int status, String location, JsonNode body) {
	}

	/** The user every scenario acts as. */
	public static final String CONSULTANT = "consultant";

	private final RestClient client;

	private final RestClient admin;

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	private final String token;

	private final TestUsers users;

	private Response last;

	public Api(@LocalServerPort int port, ApplicationContext context) {
		this.port = port;
		this.users = TestUsers.in(context);
		this.token = users.token(CONSULTANT, Role.ANALYST, Role.EXECUTIVE, Role.RULE_EDITOR);
		this.client = TestUsers.client(port, token);
		this.admin = TestUsers.client(port, users.token("acceptance-admin", Role.ADMIN));
	}

	/** A client builder for this server that signs in as the consultant. */
	public RestClient.Builder signedIn() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader("Authorization", "Bearer " + token);
	}

	/**
	 * Records an engagement as the administrator does, and makes the consultant a member
	 * of it.
	 */
	public Response createEngagement(String body) {
		return createEngagement(body, MediaType.APPLICATION_JSON);
	}

	/** The same, from a body of the given type (the engagement files are YAML). */
	public Response createEngagement(String body, MediaType type) {
		Response response = remember(
				admin.post().uri("/api/engagements").contentType(type).body(body).retrieve().toEntity(String.class));
		if (response.status() == 201) {
			users.member(CONSULTANT, response.body().get("id").asLong());
		}
		return response;
	}

	public Response upload(String path, Path file) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new FileSystemResource(file));
		return remember(client.post()
			.uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class));
	}

	/** A multipart upload of several files, each under its part name. */
	public Response upload(String path, java.util.Map<String, Path> files) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		files.forEach((name, file) -> parts.add(name, new FileSystemResource(file)));
		return remember(client.post()
			.uri(path)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class));
	}

	public Response get(String path) {
		return remember(client.get().uri(path).retrieve().toEntity(String.class));
	}

	public Response post(String path) {
		return remember(client.post().uri(path).retrieve().toEntity(String.class));
	}

	public Response postJson(String path, String body) {
		return remember(client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class));
	}

	public Response last() {
		return last;
	}

	/** The last response's result: the run's {@code result}, or the whole body. */
	public JsonNode result() {
		return last.body().has("result") ? last.body().get("result") : last.body();
	}

	/** Makes a response another client received the scenario's last one. */
	public Response remember(org.springframework.http.ResponseEntity<String> entity) {
		String location = entity.getHeaders().getLocation() == null ? null
				: entity.getHeaders().getLocation().toString();
		JsonNode body = entity.getBody() == null || entity.getBody().isEmpty() ? json.nullNode()
				: json.readTree(entity.getBody());
		last = new Response(entity.getStatusCode().value(), location, body);
		return last;
	}

}
