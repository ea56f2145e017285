package com.caio.engine.ruleversions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.caio.engine.ShippedRules;
import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleVersionFiles;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Published versions kept in the (H2) database with their files, on a real server over a
 * copy of the shipped rules: the version at start, a publication, the history, a
 * version's files, the diff of a changed band row, and a roll back that puts the old
 * files back on disk and serves the old version, refused when the old files no longer
 * pass today's checks.
 */
@SpringBootTest(properties = { "caio.rules.watch=false", "caio.rules.sync-interval=0" })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RuleVersionsTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("rule-versions");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	RuleRuntime runtime;

	@Autowired
	RuleVersions versions;

	@Autowired
	RuleVersionStore store;

	@Autowired
	AuditLog audit;

	String editor;

	@BeforeEach
	void editor() {
		editor = TestUsers.in(context).token("rosa", Role.RULE_EDITOR);
	}

	@Test
	@Order(1)
	void theVersionServingAtStartIsKeptWithEveryFileOfTheFolder() throws Exception {
		// kept once the server is up, on the rules' start-up thread
		runtime.startWork().join();
		String atStart = runtime.status().servingVersion();
		List<RuleVersion> kept = versions.list(10);
		assertThat(kept).singleElement().satisfies(v -> {
			assertThat(v.version()).isEqualTo(atStart);
			assertThat(v.how()).isEqualTo(RuleVersion.START);
			assertThat(v.publishedBy()).isEqualTo("system:start");
		});
		Map<String, byte[]> onDisk = folder(WORKSPACE.rules());
		assertThat(context.getBean(RuleVersionFiles.class).files(atStart)).hasValueSatisfying(files -> {
			assertThat(files.keySet()).isEqualTo(onDisk.keySet());
			onDisk.forEach((path, content) -> assertThat(files.get(path)).as(path).isEqualTo(content));
		});
		byte[] bands = onDisk.get("risk/bands.drl.csv");
		mvc.perform(get("/api/rules/versions/" + atStart.substring(0, 8)).with(TestUsers.bearer(editor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(atStart))
			.andExpect(jsonPath("$.files.length()").value(onDisk.size()))
			.andExpect(jsonPath("$.files[?(@.path == 'risk/bands.drl.csv')].sha256").value(hasItem(sha256(bands))))
			.andExpect(jsonPath("$.files[?(@.path == 'risk/bands.drl.csv')].size").value(hasItem(bands.length)));
	}

	@Test
	@Order(2)
	void aPublicationIsKeptAndTheDiffNamesTheChangedBandRow() throws Exception {
		String atStart = runtime.status().servingVersion();
		runtime.publish(ShippedRules.withCriticalFrom(runtime.servingFiles(), 16), "user:rosa",
				"Critical from 16 after the board review");
		String published = runtime.status().servingVersion();

		mvc.perform(get("/api/rules/versions?limit=5").with(TestUsers.bearer(editor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].version").value(contains(published, atStart)))
			.andExpect(jsonPath("$[0].how").value("publish"))
			.andExpect(jsonPath("$[0].publishedBy").value("user:rosa"))
			.andExpect(jsonPath("$[0].comment").value("Critical from 16 after the board review"))
			.andExpect(jsonPath("$[0].replaced").value(atStart));

		mvc.perform(get("/api/rules/versions/" + atStart.substring(0, 10) + "/diff/" + published.substring(0, 8))
			.with(TestUsers.bearer(editor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(atStart))
			.andExpect(jsonPath("$.files.length()").value(1))
			.andExpect(jsonPath("$.files[0].path").value("risk/bands.drl.csv"))
			.andExpect(jsonPath("$.files[0].change").value("changed"))
			.andExpect(jsonPath("$.files[0].unified")
				.value(hasItem("-RISK-BAND-CRIT Critical from 15,15,4,#d73027,Critical")))
			.andExpect(jsonPath("$.files[0].unified")
				.value(hasItem("+RISK-BAND-CRIT Critical from 16,16,4,#d73027,Critical")))
			.andExpect(jsonPath("$.files[0].rows.length()").value(1))
			.andExpect(jsonPath("$.files[0].rows[0].label").value("RISK-BAND-CRIT Critical from 16"))
			.andExpect(jsonPath("$.files[0].rows[0].change").value("changed"))
			.andExpect(jsonPath("$.files[0].rows[0].before[1]").value("15"))
			.andExpect(jsonPath("$.files[0].rows[0].after[1]").value("16"));
	}

	@Test
	@Order(3)
	void aRollBackPublishesTheOldFilesAgainOnDiskAndServesTheOldVersion() throws Exception {
		List<RuleVersion> before = versions.list(10);
		String start = before.get(before.size() - 1).version();
		String viewer = TestUsers.in(context).token("vera", Role.VIEWER);
		String url = "/api/rules/versions/" + start.substring(0, 12) + "/rollback";

		mvc.perform(post(url).with(TestUsers.bearer(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post(url).with(TestUsers.bearer(editor)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.where").value("comment"));
		mvc.perform(post("/api/rules/versions/00000000/rollback").with(TestUsers.bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"x\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Not found"));
		mvc.perform(get("/api/rules/versions/abc").with(TestUsers.bearer(editor)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.accepted").value(containsString("first 8 or more")));

		mvc.perform(post(url).with(TestUsers.bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"16 moved too many risks\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(start))
			.andExpect(jsonPath("$.how").value("rollback"))
			.andExpect(jsonPath("$.comment").value("16 moved too many risks"))
			.andExpect(jsonPath("$.replaced").value(before.get(0).version()));

		assertThat(runtime.status().servingVersion()).isEqualTo(start);
		Map<String, byte[]> shipped = folder(TestWorkspace.SHIPPED_RULES);
		Map<String, byte[]> onDisk = folder(WORKSPACE.rules());
		assertThat(onDisk.keySet()).isEqualTo(shipped.keySet());
		shipped.forEach((path, content) -> assertThat(onDisk.get(path)).as(path).isEqualTo(content));
		assertThat(runtime.reload().servingVersion()).as("the folder gives the same version").isEqualTo(start);
		assertThat(versions.list(10)).extracting(RuleVersion::how).containsExactly("rollback", "publish", "start");
		AuditEvent entry = audit.recent("rules.", 1).get(0);
		assertThat(entry.actor()).isEqualTo("user:rosa");
		assertThat(entry.subjectId()).isEqualTo(start);
		assertThat(entry.detail())
			.endsWith("; Roll back to version " + start.substring(0, 12) + ": 16 moved too many risks");
	}

	@Test
	@Order(4)
	void aVersionThatNoLongerPassesTodaysChecksIsNotRolledBackTo() throws Exception {
		String serving = runtime.status().servingVersion();
		Map<String, byte[]> old = new TreeMap<>(runtime.servingFiles());
		old.put("risk/escalation.drl",
				"package risk;\nrule \"x\" when\n  eval(java.lang.Runtime.getRuntime() != null)\nthen end\n"
					.getBytes(StandardCharsets.UTF_8));
		String oldVersion = "ab".repeat(32);
		store.record(oldVersion, old, "user:earlier", RuleVersion.PUBLISH, "kept under older checks", null, 1, null);

		mvc.perform(post("/api/rules/versions/abababab/rollback").with(TestUsers.bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\":\"back to the old escalation\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.title").value("Roll back refused"))
			.andExpect(jsonPath("$.messages[0]").value(containsString("risk/escalation.drl:3:")));

		assertThat(runtime.status().servingVersion()).isEqualTo(serving);
		assertThat(Files.readString(WORKSPACE.rules().resolve("risk/escalation.drl")))
			.isEqualTo(Files.readString(TestWorkspace.SHIPPED_RULES.resolve("risk/escalation.drl")));
	}

	@Test
	@Order(5)
	void theRulesPageListsVersionsComparesTwoAndRollsBackWithAComment() throws Exception {
		String shipped = runtime.status().servingVersion();
		runtime.publish(ShippedRules.withCriticalFrom(runtime.servingFiles(), 18), "user:rosa", "Critical from 18");
		String published = runtime.status().servingVersion();
		MockHttpSession session = signIn("rosa");

		String page = mvc
			.perform(get("/w/rules").param("from", shipped.substring(0, 8))
				.param("to", published.substring(0, 8))
				.session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String versionsPart = page.substring(page.indexOf("id=\"versions-title\""));
		assertThat(versionsPart).contains(published.substring(0, 12), "Critical from 18", "Roll back to this version",
				"name=\"_csrf\"");
		assertThat(versionsPart.substring(versionsPart.indexOf("id=\"diff\""))).contains("risk/bands.drl.csv",
				"RISK-BAND-CRIT Critical from 18", "RISK-BAND-CRIT Critical from 15 | 15 | 4",
				"+RISK-BAND-CRIT Critical from 18,18");

		String rollback = "/w/rules/versions/" + shipped + "/rollback";
		mvc.perform(post(rollback).session(session).param("comment", "18 was a typo"))
			.andExpect(status().isForbidden());
		String refused = mvc.perform(post(rollback).session(session).with(csrf()).param("comment", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("a roll back needs a comment saying why");
		assertThat(runtime.status().servingVersion()).isEqualTo(published);

		mvc.perform(post(rollback).session(session).with(csrf()).param("comment", "18 was a typo"))
			.andExpect(status().is3xxRedirection());
		assertThat(runtime.status().servingVersion()).isEqualTo(shipped);
		assertThat(versions.list(1).get(0).comment()).isEqualTo("18 was a typo");

		TestUsers.in(context).user("otto", Role.ANALYST);
		MockHttpSession analyst = signIn("otto");
		assertThat(mvc.perform(get("/w/rules").session(analyst)).andReturn().getResponse().getContentAsString())
			.as("only rule editors and admins see the roll back")
			.doesNotContain("Roll back to this version");
		mvc.perform(post(rollback).session(analyst).with(csrf()).param("comment", "x"))
			.andExpect(status().isForbidden());
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestUsers.password(username)))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	static Map<String, byte[]> folder(Path dir) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.filter(Files::isRegularFile).toList()) {
				files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
			}
		}
		return files;
	}

	static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
