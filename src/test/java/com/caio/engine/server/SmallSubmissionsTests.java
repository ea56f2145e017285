package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A small submission is not queued behind a large one: with one permit held by a large
 * upload, a small one is stored at once, a second large one is refused (429); small ones
 * have a bounded pool of their own, and a body of unknown length counts as large.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caio.rules.watch=false", "caio.scoring.max-concurrent=1", "caio.scoring.max-concurrent-small=1",
				"caio.scoring.small-upload=64KB", "caio.scoring.queue-wait=PT0.3S" })
class SmallSubmissionsTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("small-submissions");

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSmallSurveyIsStoredWhileALargeOneHoldsThePermitAndASecondLargeOneIsRefused() throws Exception {
		String token = TestUsers.in(context).token("analyst-small", Role.ANALYST);
		String survey = Files.readString(Path.of("examples/survey-wide.csv"));
		// blank lines are skipped by the reader: the same survey, over the 64 KB limit
		String large = survey + "\n".repeat(70_000);
		try (Socket held = hold(token, large); Socket heldSmall = hold(token, survey)) {
			HttpResponse<String> small = post(token, survey, true);
			HttpResponse<String> secondLarge = post(token, large, true);
			HttpResponse<String> chunked = post(token, survey, false);
			assertThat(small.statusCode()).as("a small survey beside a held small and a held large one").isEqualTo(429);
			assertThat(small.body()).contains("caio.scoring.max-concurrent-small");
			assertThat(secondLarge.statusCode()).isEqualTo(429);
			assertThat(secondLarge.body()).contains("(caio.scoring.max-concurrent)");
			assertThat(chunked.statusCode()).as("a body of unknown length counts as large").isEqualTo(429);

			heldSmall.getOutputStream().write(rest(survey));
			heldSmall.getOutputStream().flush();
			assertThat(OperationsApiTests.readResponse(heldSmall.getInputStream())).startsWith("HTTP/1.1 201");

			HttpResponse<String> stored = post(token, survey, true);
			assertThat(stored.statusCode()).as("a small survey while the large one is held: " + stored.body())
				.isEqualTo(201);
			assertThat(stored.body()).contains("\"overall\"");

			held.getOutputStream().write(rest(large));
			held.getOutputStream().flush();
			assertThat(OperationsApiTests.readResponse(held.getInputStream())).startsWith("HTTP/1.1 201");
		}
	}

	/**
	 * A submission whose first half is sent: it holds its permit until the rest comes.
	 */
	private Socket hold(String token, String survey) throws Exception {
		byte[] body = OperationsApiTests.multipart("held.csv", survey).getBytes(StandardCharsets.UTF_8);
		Socket socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(120_000);
		OutputStream out = socket.getOutputStream();
		out.write(("POST /api/maturity HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
				+ "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(body, 0, body.length / 2);
		out.flush();
		Thread.sleep(500);
		return socket;
	}

	private static byte[] rest(String survey) {
		byte[] body = OperationsApiTests.multipart("held.csv", survey).getBytes(StandardCharsets.UTF_8);
		return java.util.Arrays.copyOfRange(body, body.length / 2, body.length);
	}

	private HttpResponse<String> post(String token, String survey, boolean withLength) throws Exception {
		byte[] body = OperationsApiTests.multipart("survey.csv", survey).getBytes(StandardCharsets.UTF_8);
		HttpRequest.BodyPublisher publisher = withLength ? HttpRequest.BodyPublishers.ofByteArray(body)
				: HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/maturity"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(publisher)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
