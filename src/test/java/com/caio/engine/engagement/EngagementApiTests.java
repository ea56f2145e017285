package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

import com.caio.engine.TestUsers;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Engagements over REST: import, one event at a time, status, PDF, audit; and every kind
 * of bad record refused with its field path and nothing stored.
 */
class EngagementApiTests extends EngagementContext {

	@Autowired
	org.springframework.context.ApplicationContext context;

	static final String TODAY = LocalDate.now().toString();

	static final String TOMORROW = LocalDate.now().plusDays(1).toString();

	static final String FILE = """
			{"client": "Acme Retail", "title": "AI assessment", "start": "2026-02-02", "lead": "Elena Marsh",
			 "stories": ["CMO-DISCOVERY", "CDO-ASSESSMENT"],
			 "people": [
			   {"id": "cfo", "name": "Carla Fo", "title": "CFO", "roles": ["CFO", "executive"]},
			   {"id": "ceo", "name": "Ed Ceo", "title": "CEO", "roles": ["CEO"]}],
			 "artefacts": [
			   {"id": "proposal", "type": "proposal", "name": "Proposal", "date": "2026-01-10", "covers": ["scope"]}],
			 "events": [%s]}""";

	static final String BUDGET = """
			{"kind": "decision", "id": "budget", "decision": "board-budget", "outcome": "approved", "amount": 500000,
			 "currency": "EUR", "date": "2026-03-01", "decidedBy": ["ceo"]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	static Stream<Arguments> badRecords() {
		return Stream.of(
				Arguments.of("unknown person",
						"{\"kind\": \"introduction\", \"person\": \"cto\", \"date\": \"2026-02-03\"}",
						"events[0].person", "unknown person"),
				Arguments.of("sign-off by someone not on the engagement",
						"{\"kind\": \"sign-off\", \"artefact\": \"proposal\", \"person\": \"mallory\", \"decision\": \"approve\", \"date\": \"2026-02-03\"}",
						"events[0].person", "not on the engagement"),
				Arguments.of("unknown artefact",
						"{\"kind\": \"sign-off\", \"artefact\": \"deck\", \"person\": \"cfo\", \"decision\": \"approve\", \"date\": \"2026-02-03\"}",
						"events[0].artefact", "unknown artefact"),
				Arguments.of("a date that is not a date",
						"{\"kind\": \"introduction\", \"person\": \"cfo\", \"date\": \"2026-02-30\"}", "events[0].date",
						"not a date"),
				Arguments.of("a date in the future",
						"{\"kind\": \"introduction\", \"person\": \"cfo\", \"date\": \"" + TOMORROW + "\"}",
						"events[0].date", "in the future"),
				Arguments.of("an event kind that does not exist",
						"{\"kind\": \"handshake\", \"person\": \"cfo\", \"date\": \"2026-02-03\"}", "events[0].kind",
						"not a kind"),
				Arguments.of("a role the person does not hold",
						"{\"kind\": \"sign-off\", \"artefact\": \"proposal\", \"person\": \"ceo\", \"as\": \"CFO\", \"decision\": \"approve\", \"date\": \"2026-02-03\"}",
						"events[0].as", "does not hold"),
				Arguments.of("a contradicting decision",
						BUDGET + ", " + BUDGET.replace("\"budget\"", "\"budget-2\"").replace("approved", "rejected"),
						"events[1].outcome", "contradicts"),
				Arguments.of("a stored run that does not exist",
						"{\"kind\": \"introduction\", \"person\": \"cfo\", \"date\": \"2026-02-03\"}", null, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRecords")
	void aBadRecordIsRefusedWithItsFieldAndNothingIsStored(String name, String event, String where, String message) {
		long before = count();
		String body = where == null ? FILE.formatted(event)
			.replace("\"covers\": [\"scope\"]}",
					"\"covers\": [\"scope\"]}, {\"id\": \"case\", \"type\": \"businesscase\", \"run\": {\"id\": 999}, \"date\": \"2026-01-10\"}")
				: FILE.formatted(event);
		ResponseEntity<String> response = post("/api/engagements", body);
		JsonNode answer = json.readTree(response.getBody());
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
		assertThat(answer.path("where").asString()).isEqualTo(where == null ? "artefacts[1].run.id" : where);
		assertThat(answer.path("detail").asString()).contains(message == null ? "unknown artefact" : message);
		assertThat(count()).as("nothing half-stored").isEqualTo(before);
	}

	@Test
	void recordsAreAddedOneAtATimeAndTheStatusAuditAndPdfFollow() {
		ResponseEntity<String> created = post("/api/engagements", FILE.formatted(BUDGET));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String base = created.getHeaders().getLocation().toString();

		String contradiction = BUDGET.replace("\"budget\"", "\"b2\"").replace("approved", "rejected");
		ResponseEntity<String> refused = post(base + "/events", contradiction);
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(json.readTree(refused.getBody()).path("where").asString()).isEqualTo("outcome");

		String correction = contradiction.replace("\"date\": \"2026-03-01\"",
				"\"date\": \"2026-03-05\", \"supersedes\": \"budget\"");
		assertThat(post(base + "/events", correction).getStatusCode().value()).isEqualTo(201);
		assertThat(post(base + "/events",
				"{\"kind\": \"decision\", \"decision\": \"next-step\", \"outcome\": \"pilot\", \"date\": \"" + TODAY
						+ "\", \"decidedBy\": [\"cfo\"]}")
			.getStatusCode()
			.value()).isEqualTo(201);

		JsonNode status = json.readTree(get(base + "/status?asOf=" + TODAY).getBody());
		JsonNode budget = status.path("stories").get(0).path("criteria").get(3);
		assertThat(budget.path("id").asString()).isEqualTo("AC-CMO-DISCOVERY-4");
		assertThat(budget.path("state").asString()).as("the approval was superseded by a rejection")
			.isEqualTo("PENDING");
		assertThat(status.path("stories").get(2).path("criteria").get(0).path("state").asString())
			.isEqualTo("NOT_APPLICABLE");

		ResponseEntity<byte[]> pdf = client().get().uri(base + "/status.pdf").retrieve().toEntity(byte[].class);
		assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

		assertThat(json.readTree(get(base + "/audit").getBody()).path("valid").asBoolean()).isTrue();
		long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
		jdbc.sql("UPDATE engagement_record SET content = REPLACE(content, 'Carla Fo', 'Karla Fo') "
				+ "WHERE engagement_id = :id AND seq = 1")
			.param("id", id)
			.update();
		JsonNode audit = json.readTree(get(base + "/audit").getBody());
		assertThat(audit.path("valid").asBoolean()).isFalse();
		assertThat(audit.path("firstBadRow").asInt()).isEqualTo(1);
		assertThat(audit.path("firstBadRecord").asString()).isEqualTo("cfo");

		assertThat(get("/api/engagements/999999/status").getStatusCode().value()).isEqualTo(404);
	}

	/**
	 * The dashboard and the result page of a run stored in the engagement write dates and
	 * amounts in the engagement's locale; an engagement without one is written in British
	 * English.
	 */
	@Test
	void theWorkspaceWritesAnEngagementsDatesAndAmountsInItsLocale() {
		String german = FILE.formatted(BUDGET)
			.replace("\"lead\": \"Elena Marsh\",", "\"lead\": \"Elena Marsh\", \"locale\": \"de-DE\",");
		long de = id(post("/api/engagements", german));
		long uk = id(post("/api/engagements", FILE.formatted(BUDGET)));
		LocalDate start = LocalDate.of(2026, 2, 2);
		String germanStart = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.GERMANY).format(start);
		String britishStart = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(start);
		assertThat(germanStart).isNotEqualTo(britishStart);

		String dePage = get("/w/engagements/" + de).getBody().replace('\u00a0', ' ');
		assertThat(dePage).contains("Started <span>" + germanStart).contains("500.000,00 €");
		String ukPage = get("/w/engagements/" + uk).getBody();
		assertThat(ukPage).contains("Started <span>" + britishStart).contains("€500,000.00");
		assertThat(ukPage.indexOf(">Approve</option>")).as("the sign-off's verdicts in a fixed order")
			.isPositive()
			.isLessThan(ukPage.indexOf(">Reject</option>"));

		MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
		upload.add("file", new FileSystemResource("examples/survey-wide.csv"));
		ResponseEntity<String> run = client().post()
			.uri("/api/maturity?engagement=" + de)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(upload)
			.retrieve()
			.toEntity(String.class);
		assertThat(run.getStatusCode().value()).as(run.getBody()).isEqualTo(201);
		double overall = json.readTree(run.getBody()).path("result").path("overall").path("score").asDouble();
		String score = String.format(Locale.GERMANY, "%.2f", overall);
		assertThat(score).contains(",");
		String result = get("/w/maturity/" + json.readTree(run.getBody()).path("id").asLong()).getBody();
		assertThat(result).contains("<td class=\"num\">" + score + "</td>")
			.doesNotContain("<td class=\"num\">" + score.replace(',', '.') + "</td>");
	}

	private static long id(ResponseEntity<String> created) {
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String location = created.getHeaders().getLocation().toString();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM engagement_record").query(Long.class).single();
	}

	private RestClient client() {
		return TestUsers.builder(port, token()).defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
		}).build();
	}

	private ResponseEntity<String> post(String path, String body) {
		return client().post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> get(String path) {
		return client().get().uri(path).retrieve().toEntity(String.class);
	}

	private String token;

	/** A real user with a real role, signed in with a personal token. */
	private String token() {
		if (token == null) {
			token = TestUsers.in(context).token("admin-engagementapi", Role.ADMIN);
		}
		return token;
	}

}
