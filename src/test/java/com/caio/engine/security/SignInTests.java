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

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
@SpringBootTest(properties = { "caio.rules.watch=false", "caio.admin.password=first-admin-secret-1" })
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

}
