package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.security.Role;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's limits over HTTP: a business case body is measured while it arrives (413
 * with the limit), only one submission runs at a time here (429 with Retry-After), and a
 * stored run is deleted with its upload, audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caio.rules.watch=false", "caio.scoring.max-concurrent=1", "caio.scoring.max-concurrent-small=0",
				"caio.scoring.queue-wait=PT0.3S", "caio.scoring.retry-after=PT7S" })
class OperationsApiTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("operations");

	static final int LIMIT = 1 << 20;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	AuditLog audit;

	@Autowired
	org.springframework.context.ApplicationContext context;

	private String token;

	/** A real analyst, signed in with a personal token. */
	String token() {
		if (token == null) {
			token = TestUsers.in(context).token("analyst-operations", Role.ANALYST);
		}
		return token;
	}

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder to(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token());
	}

	static String multipart(String fileName, String content) {
		return "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--b--\r\n";
	}

	@Test
	void aBusinessCaseBodyOverTheLimitIsRefusedWith413BeforeItHasAllArrived() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/business-cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
					+ "\r\nContent-Type: application/json\r\n" + "Transfer-Encoding: chunked\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			// 2 MB sent of a body that never ends: the answer must not wait for the rest
			byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < 32; i++) {
				out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(chunk);
				out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			out.flush();
			String answer = readResponse(socket.getInputStream());

			assertThat(answer).startsWith("HTTP/1.1 413");
			JsonNode problem = json.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
			assertThat(problem.get("limitBytes").asLong()).isEqualTo(LIMIT);
			assertThat(problem.get("detail").asString()).contains(" is larger than 1048576 bytes");
		}
	}

	@Test
	void aBodyAtTheLimitIsReadAndOneByteMoreIsRefusedInEveryWayItCanBeSent() throws Exception {
		String atLimit = "{}" + " ".repeat(LIMIT - 2);
		HttpResponse<String> accepted = send(to("/api/business-cases").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(atLimit)));
		assertThat(accepted.statusCode()).as("read, then refused for its content, not its size").isEqualTo(422);

		HttpResponse<String> json = send(to("/api/business-cases").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(atLimit + " ")));
		HttpResponse<String> yaml = send(to("/api/business-cases?name=big.yaml").header("Content-Type", "text/yaml")
			.POST(HttpRequest.BodyPublishers.ofString("#" + "x".repeat(LIMIT))));
		HttpResponse<String> upload = send(
				to("/api/business-cases").header("Content-Type", "multipart/form-data; boundary=b")
					.POST(HttpRequest.BodyPublishers.ofString(multipart("case.yaml", "#" + "x".repeat(LIMIT)))));
		for (HttpResponse<String> refused : java.util.List.of(json, yaml, upload)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(refused.body()).contains("\"limitBytes\":" + LIMIT);
		}
		assertThat(yaml.body()).contains("big.yaml");
		assertThat(upload.body()).contains("case.yaml");
	}

	@Test
	void aSubmissionBeyondThePermitsGets429WithRetryAfterAndTheHeldOneFinishes() throws Exception {
		String survey = Files.readString(Path.of("examples/survey-wide.csv"));
		byte[] body = multipart("held.csv", survey).getBytes(StandardCharsets.UTF_8);
		try (Socket held = new Socket("127.0.0.1", port)) {
			held.setSoTimeout(120_000);
			OutputStream out = held.getOutputStream();
			out.write(("POST /api/maturity/assessments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token()
					+ "\r\nContent-Type: multipart/form-data; boundary=b\r\n" + "Content-Length: " + body.length
					+ "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, body.length / 2);
			out.flush();
			Thread.sleep(500);

			HttpResponse<String> refused = send(
					to("/api/maturity/assessments").header("Content-Type", "multipart/form-data; boundary=b")
						.POST(HttpRequest.BodyPublishers.ofString(multipart("second.csv", survey))));
			HttpResponse<String> read = send(to("/api/rules"));

			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
			JsonNode problem = json.readTree(refused.body());
			assertThat(problem.get("status").asInt()).isEqualTo(429);
			assertThat(problem.get("detail").asString()).contains("1 submission(s) are being processed")
				.contains("caio.scoring.max-concurrent");
			assertThat(read.statusCode()).as("reading is not limited").isEqualTo(200);

			out.write(body, body.length / 2, body.length - body.length / 2);
			out.flush();
			assertThat(readResponse(held.getInputStream())).startsWith("HTTP/1.1 201");
		}
		HttpResponse<String> after = send(
				to("/api/maturity/assessments").header("Content-Type", "multipart/form-data; boundary=b")
					.POST(HttpRequest.BodyPublishers.ofString(multipart("third.csv", survey))));
		assertThat(after.statusCode()).as("the permit came back").isEqualTo(201);
	}

	@Test
	void manyAtOnceWithOnePermitEachEndIn201Or429AndNothingElse() throws Exception {
		String survey = Files.readString(Path.of("examples/survey-wide.csv"));
		java.util.List<CompletableFuture<HttpResponse<String>>> all = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			all.add(http
				.sendAsync(to("/api/maturity/assessments").header("Content-Type", "multipart/form-data; boundary=b")
					.POST(HttpRequest.BodyPublishers.ofString(multipart("s" + i + ".csv", survey)))
					.build(), HttpResponse.BodyHandlers.ofString()));
		}
		java.util.List<Integer> codes = all.stream().map(f -> f.join().statusCode()).toList();
		assertThat(codes).containsAnyOf(201).allMatch(c -> c == 201 || c == 429);
	}

	@Test
	void deletingARunDeletesItsUploadAndLeavesAnAuditEvent() throws Exception {
		String content = Files.readString(Path.of("examples/survey-wide.csv")) + "\n";
		HttpResponse<String> created = send(
				to("/api/maturity/assessments").header("Content-Type", "multipart/form-data; boundary=b")
					.POST(HttpRequest.BodyPublishers.ofString(multipart("to-delete.csv", content))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode report = json.readTree(created.body());
		long id = report.get("id").asLong();
		Path upload = WORKSPACE.data()
			.resolve("uploads")
			.resolve(report.get("input").get("sha256").asString() + ".csv");
		assertThat(upload).exists();

		HttpResponse<String> wrongKind = send(to("/api/risk/" + id).DELETE());
		assertThat(wrongKind.statusCode()).isEqualTo(404);
		assertThat(upload).exists();

		HttpResponse<String> deleted = send(to("/api/maturity/" + id).DELETE());
		assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
		assertThat(json.readTree(deleted.body()).get("uploadDeleted").asBoolean()).isTrue();
		assertThat(upload).doesNotExist();
		assertThat(send(to("/api/maturity/assessments/" + id)).statusCode()).isEqualTo(404);
		assertThat(audit.about("maturity", String.valueOf(id))).extracting(AuditEvent::action)
			.containsExactly("run.deleted", "upload.deleted");
		assertThat(audit.about("maturity", String.valueOf(id)).get(0).actor()).isEqualTo("user:analyst-operations");

		HttpResponse<String> again = send(to("/api/maturity/" + id).DELETE());
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(again.body()).contains("no stored maturity run with id " + id);
	}

	/** One HTTP/1.1 response with a Content-Length or chunked body, as text. */
	static String readResponse(InputStream in) throws IOException {
		StringBuilder text = new StringBuilder();
		int c;
		while ((c = in.read()) >= 0) {
			text.append((char) c);
			if (text.length() > 4 && text.indexOf("\r\n\r\n") > 0) {
				break;
			}
		}
		String head = text.toString().toLowerCase(java.util.Locale.ROOT);
		if (head.contains("content-length:")) {
			int start = head.indexOf("content-length:") + 15;
			int length = Integer.parseInt(head.substring(start, head.indexOf("\r\n", start)).trim());
			text.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
		}
		else if (head.contains("transfer-encoding: chunked")) {
			while (true) {
				String size = line(in);
				int n = Integer.parseInt(size.trim(), 16);
				if (n == 0) {
					break;
				}
				text.append(new String(in.readNBytes(n), StandardCharsets.UTF_8));
				line(in);
			}
		}
		return text.toString();
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) >= 0 && c != '\n') {
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

}
