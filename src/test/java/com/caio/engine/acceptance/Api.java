package com.caio.engine.acceptance;

import java.nio.file.Path;

import io.cucumber.spring.ScenarioScope;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running server as a client sees it, plus the last response of the scenario. */
@Component
@ScenarioScope
public class Api {

	/** A response: status, Location header and JSON body. */
	public record Response(int status, String location, JsonNode body) {
	}

	private final RestClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	private Response last;

	public Api(@LocalServerPort int port) {
		this.client = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
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
