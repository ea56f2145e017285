package com.caio.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The rule versions' history on a real server over a copy of the shipped rules: the
 * version serving at start, a publication by a rule editor, a refused build (recorded
 * once however often it is retried), no entry for a rebuild of unchanged files, and the
 * rules page that lists them.
 */
@SpringBootTest(properties = { "caio.rules.watch=false", "caio.admin.password=history-admin-secret-1" })
@AutoConfigureMockMvc
class RuleHistoryTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("rule-history");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RuleHistory history;

	@Autowired
	RuleRuntime runtime;

	@Test
	void everyPublicationAndRefusalIsRecordedWithWhoAskedAndTheRulesPageListsThem() throws Exception {
		// recorded once the server is up, on the rules' start-up thread
		runtime.startWork().join();
		String atStart = runtime.status().servingVersion();
		assertThat(history.recent(20)).extracting(AuditEvent::action, AuditEvent::subjectId, AuditEvent::actor)
			.containsExactly(tuple("rules.published", atStart, "system:start"));

		String token = TestUsers.in(context).token("rita", Role.RULE_EDITOR);
		mvc.perform(post("/api/rules/reload").with(TestUsers.bearer(token))).andExpect(status().isOk());
		assertThat(history.recent(20)).as("the same files built again are not a new version").hasSize(1);

		Path caps = WORKSPACE.rules().resolve("maturity/caps.drl");
		String original = Files.readString(caps);
		Files.writeString(caps, original + "\n// an edit\n");
		mvc.perform(post("/api/rules/reload").with(TestUsers.bearer(token))).andExpect(status().isOk());
		String edited = runtime.status().servingVersion();
		assertThat(edited).isNotEqualTo(atStart);

		Files.writeString(caps, original + "\nrule \"broken\" when then this is not drl\n");
		for (int attempt = 0; attempt < 3; attempt++) {
			mvc.perform(post("/api/rules/reload").with(TestUsers.bearer(token)))
				.andExpect(status().isUnprocessableEntity());
		}
		List<AuditEvent> entries = history.recent(20);
		assertThat(entries).extracting(AuditEvent::action)
			.containsExactly("rules.refused", "rules.published", "rules.published");
		assertThat(entries.get(0).actor()).isEqualTo("user:rita");
		assertThat(entries.get(0).detail()).contains("caps.drl")
			.endsWith("version " + edited.substring(0, 12) + " keeps serving");
		assertThat(entries.get(1).subjectId()).isEqualTo(edited);
		assertThat(entries.get(1).detail()).matches("[0-9,]+ rules, replacing version " + atStart.substring(0, 12));

		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user("admin").password("history-admin-secret-1"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = mvc.perform(get("/w/rules").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String table = page.substring(page.indexOf("id=\"history-title\""));
		assertThat(table).contains(edited.substring(0, 12), atStart.substring(0, 12), "Refused", "Published", "rita",
				"the server, at start");
		assertThat(table.indexOf("Refused")).as("newest first").isLessThan(table.indexOf("Published"));
	}

}
