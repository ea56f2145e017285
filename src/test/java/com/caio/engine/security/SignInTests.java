package com.caio.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.CaioApplication;
import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in as a browser and as a script: the first administrator, the form with CSRF, the
 * session, sign-out, personal tokens (shown once, revoked for good), the open health
 * check, the secure headers, and each of these in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "caio.rules.watch=false", "caio.admin.password=first-admin-secret-1" })
@AutoConfigureMockMvc
class SignInTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("signin");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditLog audit;

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theFirstAdministratorSignsInWithThePasswordFromTheEnvironment() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password("first-admin-secret-1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user("admin").password("wrong-password-123"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(audit.recent(50)).extracting(AuditEvent::action)
			.contains("user.created", "signin.succeeded", "signin.failed");
		assertThat(audit.recent(50)).filteredOn(e -> e.action().equals("signin.failed"))
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain("wrong-password"));
	}

	@Test
	void aBrowserSessionNeedsTheCsrfTokenToChangeAnythingAndEndsOnSignOut() throws Exception {
		TestUsers.in(context).user("bea", Role.ANALYST);
		MvcResult signedIn = mvc.perform(formLogin("/login").user("bea").password(TestUsers.password("bea")))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		mvc.perform(get("/profile").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("bea")));
		mvc.perform(post("/profile/tokens").param("name", "no csrf").session(session))
			.andExpect(status().isForbidden());
		mvc.perform(post("/profile/tokens").param("name", "laptop").with(csrf()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("caio_")));
		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/profile").session(session)).andExpect(status().is3xxRedirection());
		assertThat(audit.recent(50)).extracting(AuditEvent::action).contains("signout", "token.created");
	}

	@Test
	void aTokenIsShownOnceStoredHashedAndRefusedOnceRevoked() throws Exception {
		String first = TestUsers.in(context).token("carl", Role.VIEWER);
		MvcResult created = mvc
			.perform(post("/api/me/tokens").with(TestUsers.bearer(first))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"script\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		var body = json.readTree(created.getResponse().getContentAsString());
		String second = body.get("token").asString();
		long id = body.get("id").asLong();
		assertThat(second).startsWith("caio_").hasSizeGreaterThan(45);
		assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h")
			.param("h", ApiTokens.sha256(second))
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/me/tokens").with(TestUsers.bearer(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(second))));
		mvc.perform(get("/api/me").with(TestUsers.bearer(second)))
			.andExpect(jsonPath("$.username").value("carl"))
			.andExpect(jsonPath("$.roles[0]").value("VIEWER"));

		mvc.perform(delete("/api/me/tokens/" + id).with(TestUsers.bearer(first))).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").with(TestUsers.bearer(second)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/me").with(TestUsers.bearer("caio_made-up")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		assertThat(audit.recent(50)).extracting(AuditEvent::action).contains("token.revoked");
	}

	@Test
	void aTokenVerifiedMomentsAgoIsRefusedOnTheFirstCallAfterItsRevocationOrItsUserDisabled() throws Exception {
		String token = TestUsers.in(context).token("cora", Role.ANALYST);
		String other = TestUsers.in(context).token("cora", Role.ANALYST);
		mvc.perform(get("/api/me").with(TestUsers.bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/api/me").with(TestUsers.bearer(other))).andExpect(status().isOk());
		VerifiedTokens verified = context.getBean(VerifiedTokens.class);
		assertThat(verified.find(ApiTokens.sha256(token))).as("kept after its first call").isPresent();

		long id = json
			.readTree(mvc.perform(get("/api/me/tokens").with(TestUsers.bearer(other)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get(1)
			.get("id")
			.asLong();
		mvc.perform(delete("/api/me/tokens/" + id).with(TestUsers.bearer(other))).andExpect(status().isNoContent());
		mvc.perform(get("/api/me").with(TestUsers.bearer(token))).andExpect(status().isUnauthorized());
		// the token not revoked goes on
		mvc.perform(get("/api/me").with(TestUsers.bearer(other))).andExpect(status().isOk());

		Accounts accounts = context.getBean(Accounts.class);
		accounts.setEnabled("cora", false, "test");
		mvc.perform(get("/api/me").with(TestUsers.bearer(other))).andExpect(status().isUnauthorized());
		accounts.setEnabled("cora", true, "test");
		mvc.perform(get("/api/me").with(TestUsers.bearer(other))).andExpect(status().isOk());
	}

	@Test
	void noCallThatStartsAfterARevocationIsAnsweredIsLetInWhileOthersUseTheToken() throws Exception {
		String token = TestUsers.in(context).token("cyril", Role.ANALYST);
		String admin = TestUsers.in(context).token("cyril", Role.ANALYST);
		long id = json
			.readTree(mvc.perform(get("/api/me/tokens").with(TestUsers.bearer(admin)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get(1)
			.get("id")
			.asLong();
		java.util.concurrent.atomic.AtomicLong revokedAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
		java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
		List<String> letInAfterRevocation = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
		List<Thread> callers = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			Thread caller = new Thread(() -> {
				while (!stop.get()) {
					long started = System.nanoTime();
					try {
						int code = mvc.perform(get("/api/me").with(TestUsers.bearer(token)))
							.andReturn()
							.getResponse()
							.getStatus();
						calls.incrementAndGet();
						if (code != 401 && started > revokedAt.get()) {
							letInAfterRevocation.add(code + " at +" + (started - revokedAt.get()) + " ns");
						}
					}
					catch (Exception ex) {
						letInAfterRevocation.add(ex.toString());
					}
				}
			});
			caller.start();
			callers.add(caller);
		}
		Thread.sleep(300);
		mvc.perform(delete("/api/me/tokens/" + id).with(TestUsers.bearer(admin))).andExpect(status().isNoContent());
		revokedAt.set(System.nanoTime());
		int before = calls.get();
		Thread.sleep(300);
		stop.set(true);
		for (Thread caller : callers) {
			caller.join();
		}
		assertThat(before).as("calls while the token was live").isGreaterThan(4);
		assertThat(calls.get()).as("calls after the revocation").isGreaterThan(before);
		assertThat(letInAfterRevocation).isEmpty();
	}

	@Test
	void withoutSignInTheApiAnswers401AsAProblemAndPagesSendToTheSignInPage() throws Exception {
		mvc.perform(get("/api/maturity"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
	}

	@Test
	void healthIsOpenAndNoOtherActuatorEndpointIs() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		String admin = TestUsers.in(context).token("root2", Role.ADMIN);
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator" }) {
			int code = mvc.perform(get(endpoint).with(TestUsers.bearer(admin))).andReturn().getResponse().getStatus();
			assertThat(code).as(endpoint).isIn(403, 404);
		}
	}

	@Test
	void pagesCarryTheSecureHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
	}

	@Test
	void onlyAnAdministratorCreatesUsersAndTheNewUserCanSignIn() throws Exception {
		String analyst = TestUsers.in(context).token("dora", Role.ANALYST);
		String admin = TestUsers.in(context).token("root", Role.ADMIN);
		String body = "{\"username\":\"Eve\",\"displayName\":\"Eve E\",\"password\":\"eve-password-1234\",\"roles\":[\"executive\"]}";
		mvc.perform(post("/api/users").with(TestUsers.bearer(analyst))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/users").with(TestUsers.bearer(admin)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("eve"))
			.andExpect(jsonPath("$.roles[0]").value("EXECUTIVE"));
		mvc.perform(post("/api/users").with(TestUsers.bearer(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("eve-password-1234", "short"))).andExpect(status().is4xxClientError());
		mvc.perform(formLogin("/login").user("eve").password("eve-password-1234")).andExpect(redirectedUrl("/"));
	}

	@Test
	void theCommandLineAgainstTheServerPrintsWhatTheLocalCommandPrints() throws Exception {
		String token = TestUsers.in(context).token("cli-analyst", Role.ANALYST);
		Cli remote = cli("--server", "http://127.0.0.1:" + port, "--token", token, "risk", "examples/risk-register.csv",
				"--svg", WORKSPACE.root().resolve("remote.svg").toString());
		Path otherData = Files.createDirectories(WORKSPACE.root().resolve("local-data"));
		Cli local = cli("--data", otherData.toString(), "--rules", WORKSPACE.rules().toString(), "risk",
				"examples/risk-register.csv");

		assertThat(remote.exit()).as(remote.err()).isZero();
		assertThat(local.exit()).as(local.err()).isZero();
		assertThat(remote.out()).isNotBlank().isEqualTo(local.out());
		assertThat(remote.err()).contains("wrote ");
		assertThat(Files.readString(WORKSPACE.root().resolve("remote.svg"))).startsWith("<");
		assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("SELECT created_by FROM scoring_run ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.query(String.class)
			.single()).isEqualTo("user:cli-analyst");

		Cli revoked = cli("--server", "http://127.0.0.1:" + port, "--token", "caio_unknown", "maturity",
				"examples/survey-wide.csv");
		assertThat(revoked.exit()).isEqualTo(2);
		assertThat(revoked.err()).contains("401").contains("unknown or revoked");
	}

	/**
	 * The remote command line sends a capability's further files as parts of the upload
	 * (the server follows no file names), writes the documents asked for, and refuses an
	 * option the capability does not have before anything is stored.
	 */
	@Test
	void theCommandLineAgainstTheServerSendsAttachmentsAndRefusesUnknownOptions() throws Exception {
		String token = TestUsers.in(context).token("cli-attacher", Role.ANALYST);
		String server = "http://127.0.0.1:" + port;
		String[] files = { "--survey", "examples/upskilling/skills-survey.csv", "--results",
				"examples/upskilling/module-results.csv", "--tasklog", "examples/upskilling/task-log.csv" };
		Path pdf = WORKSPACE.root().resolve("remote-progress.pdf");
		List<String> remoteArgs = new ArrayList<>(List.of("--server", server, "--token", token, "upskilling",
				"examples/upskilling/programme.yaml", "--pdf", pdf.toString()));
		remoteArgs.addAll(List.of(files));
		Cli remote = cli(remoteArgs.toArray(String[]::new));
		Path otherData = Files.createDirectories(WORKSPACE.root().resolve("local-upskilling-data"));
		List<String> localArgs = new ArrayList<>(List.of("--data", otherData.toString(), "--rules",
				WORKSPACE.rules().toString(), "upskilling", "examples/upskilling/programme.yaml"));
		localArgs.addAll(List.of(files));
		Cli local = cli(localArgs.toArray(String[]::new));

		assertThat(remote.exit()).as(remote.err()).isZero();
		assertThat(local.exit()).as(local.err()).isZero();
		// the same report but for the run's number, which each database gives
		assertThat(remote.out().replaceFirst("\\(run \\d+,", "(run N,")).isNotBlank()
			.isEqualTo(local.out().replaceFirst("\\(run \\d+,", "(run N,"));
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

		var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		long before = jdbc.sql("SELECT COUNT(*) FROM scoring_run").query(Long.class).single();
		Cli unknown = cli("--server", server, "--token", token, "upskilling", "examples/upskilling/programme.yaml",
				"--colour", "red");
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("--colour is not an option of upskilling")
			.contains("files: results, survey, tasklog")
			.contains("pdf");
		Cli missing = cli("--server", server, "--token", token, "upskilling", "examples/upskilling/programme.yaml",
				"--survey", "no/such/survey.csv");
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("--survey no/such/survey.csv: no such readable file");
		Cli noKind = cli("--server", server, "--token", token, "horoscope", "examples/upskilling/programme.yaml");
		assertThat(noKind.exit()).isEqualTo(2);
		assertThat(noKind.err()).contains("no capability 'horoscope'").contains("maturity");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM scoring_run").query(Long.class).single()).as("nothing stored")
			.isEqualTo(before);
	}

	record Cli(int exit, String out, String err) {
	}

	static Cli cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = com.caio.engine.cli.Cli.run(CaioApplication.class, args,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Every malformed request over the API is a problem+json naming what was wrong, never
	 * a 500 or a bare status; a page answers with the workspace's error page.
	 */
	@Test
	void malformedRequestsAreToldWhatWasWrong() throws Exception {
		String token = TestUsers.in(context).token("mallory", Role.ANALYST);
		String[][] wrongType = { { "/api/maturity?limit=99999999999", "limit" }, { "/api/maturity?limit=ten", "limit" },
				{ "/api/maturity/abc", "id" }, { "/api/maturity/99999999999999999999", "id" },
				{ "/api/pilots/abc", "id" }, { "/api/engagements/abc", "id" } };
		for (String[] call : wrongType) {
			mvc.perform(get(call[0]).with(TestUsers.bearer(token)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.where").value(call[1]))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'" + call[1] + "'")));
		}
		mvc.perform(post("/api/maturity?engagement=first").with(TestUsers.bearer(token))
			.contentType("text/csv")
			.content("id\n")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.where").value("engagement"));
		mvc.perform(post("/api/maturity").with(TestUsers.bearer(token)).contentType("application/xml").content("<a/>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("multipart/form-data")));
		mvc.perform(post("/api/me/tokens").with(TestUsers.bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": ")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.where").value("body"));
		mvc.perform(post("/api/maturity").with(TestUsers.bearer("caio_" + "x".repeat(43))).contentType("text/csv"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("the bearer token is unknown or revoked"));
		mvc.perform(get("/api/maturity?access_token=" + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Authorization: Bearer")));
	}

	@Test
	void aSessionThatPostsWithoutTheCsrfTokenIsToldSoNotThatItsRoleMayNot() throws Exception {
		TestUsers.in(context).user("cleo", Role.ANALYST);
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user("cleo").password(TestUsers.password("cleo")))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(post("/api/maturity").session(session).contentType("text/csv").content("id\n"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
		mvc.perform(get("/w/maturity/abc").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			// the page escapes the quotes: &#39;abc&#39;
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&#39;abc&#39; is not a valid id")));
	}

}
