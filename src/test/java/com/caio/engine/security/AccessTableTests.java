package com.caio.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.engagement.EngagementService;
import com.caio.engine.pilot.PilotService;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.storage.RunScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * THE access table: every endpoint the application maps, called by every kind of caller,
 * against the set of callers the table allows. The endpoints come from Spring's handler
 * mapping, so a new endpoint without a row fails here; add its row(s) to {@link #TABLE}.
 * <p>
 * A call is refused when it is answered 401, 403, a redirect to the sign-in page, or, for
 * a row marked {@code scoped} (the engagement's or run's members only), 404. Anything
 * else (200, 201, 204, a 400/422 for the deliberately empty bodies, a 404 for an id that
 * does not exist on an unscoped row) means the call passed access control.
 */
@SpringBootTest(properties = "caio.rules.watch=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTableTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("access-table");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	/**
	 * Who calls: no sign-in, each role, and an analyst who is not a member of the
	 * engagement.
	 */
	enum Caller {

		ANONYMOUS, ADMIN, ANALYST, EXECUTIVE, VIEWER, RULE_EDITOR, OUTSIDER

	}

	static final String ALL = "anonymous admin analyst executive viewer rule_editor outsider";

	static final String SIGNED_IN = "admin analyst executive viewer rule_editor outsider";

	static final String MEMBERS = "admin analyst executive viewer";

	static final String ADMIN = "admin";

	static final String EDITORS = "admin rule_editor";

	/**
	 * One call: method and the mapped pattern (as Spring lists it), the example request,
	 * and who may. Placeholders: {e} the engagement, {run} a run in it, {own} a run of no
	 * engagement made by the analyst, {fresh} a new run in the engagement (for deletes).
	 */
	record Row(String method, String pattern, String example, String contentType, String body, boolean scoped,
			String allowed) {

		String key() {
			return method + " " + pattern;
		}

	}

	static Row row(String method, String pattern, String example, String allowed) {
		return new Row(method, pattern, example, null, null, false, allowed);
	}

	static Row scoped(String method, String pattern, String example, String allowed) {
		return new Row(method, pattern, example, null, null, true, allowed);
	}

	static Row json(Row row, String body) {
		return new Row(row.method(), row.pattern(), row.example(), "application/json", body, row.scoped(),
				row.allowed());
	}

	static Row typed(Row row, String contentType, String body) {
		return new Row(row.method(), row.pattern(), row.example(), contentType, body, row.scoped(), row.allowed());
	}

	static final List<Row> TABLE = List.of(
			// open
			row("ANY", "/error", "/error", ALL), row("GET", "/login", "/login", ALL),
			// the caller's own account and tokens
			row("GET", "/profile", "/profile", SIGNED_IN),
			row("POST", "/profile/tokens", "/profile/tokens?name=t", SIGNED_IN),
			row("POST", "/profile/tokens/{id}/revoke", "/profile/tokens/999999/revoke", SIGNED_IN),
			row("GET", "/api/me", "/api/me", SIGNED_IN), row("GET", "/api/me/tokens", "/api/me/tokens", SIGNED_IN),
			json(row("POST", "/api/me/tokens", "/api/me/tokens", SIGNED_IN), "{\"name\":\"t\"}"),
			row("DELETE", "/api/me/tokens/{id}", "/api/me/tokens/999999", SIGNED_IN),
			// administration
			row("GET", "/admin/users", "/admin/users", ADMIN),
			row("POST", "/admin/users", "/admin/users?username=&password=", ADMIN),
			row("POST", "/admin/members", "/admin/members?engagement=999999&username=nobody", ADMIN),
			row("GET", "/api/users", "/api/users", ADMIN), json(row("POST", "/api/users", "/api/users", ADMIN), "{}"),
			// engagements: admins create and add members; members read; analysts and
			// executives record
			row("GET", "/api/engagements", "/api/engagements", SIGNED_IN),
			json(row("POST", "/api/engagements", "/api/engagements", ADMIN), "{}"),
			scoped("GET", "/api/engagements/{id}", "/api/engagements/{e}", MEMBERS),
			scoped("GET", "/api/engagements/{id}/status", "/api/engagements/{e}/status", MEMBERS),
			scoped("GET", "/api/engagements/{id}/status.pdf", "/api/engagements/{e}/status.pdf", MEMBERS),
			scoped("GET", "/api/engagements/{id}/audit", "/api/engagements/{e}/audit", MEMBERS),
			json(scoped("POST", "/api/engagements/{id}/events", "/api/engagements/{e}/events",
					"admin analyst executive"), "{}"),
			scoped("GET", "/api/engagements/{id}/members", "/api/engagements/{e}/members", MEMBERS),
			json(row("POST", "/api/engagements/{id}/members", "/api/engagements/{e}/members", ADMIN),
					"{\"username\":\"nobody\"}"),
			row("GET", "/api/acceptance/matrix", "/api/acceptance/matrix", SIGNED_IN),
			row("GET", "/api/capabilities", "/api/capabilities", SIGNED_IN),
			// the workspace's pages: every signed-in user opens them and sees only what
			// the membership allows; analysts upload; analysts and executives record
			row("GET", "/", "/", SIGNED_IN), row("GET", "/w/{kind}", "/w/maturity", SIGNED_IN),
			typed(row("POST", "/w/{kind}", "/w/maturity", "admin analyst outsider"), "text/csv", "not a form"),
			typed(scoped("POST", "/w/{kind}", "/w/maturity?engagement={e}", "admin analyst"), "text/csv", "not a form"),
			typed(row("POST", "/w/{kind}/jobs", "/w/maturity/jobs", "admin analyst outsider"), "text/csv",
					"not a form"),
			row("GET", "/w/jobs/{id}", "/w/jobs/none", SIGNED_IN),
			scoped("GET", "/w/{kind}/{id}", "/w/maturity/{run}", MEMBERS),
			scoped("GET", "/w/{kind}/{id}", "/w/maturity/{own}", "admin analyst"),
			scoped("GET", "/w/{kind}/{id}/rejected.csv", "/w/maturity/{run}/rejected.csv", MEMBERS),
			row("GET", "/w/engagements", "/w/engagements", SIGNED_IN),
			scoped("GET", "/w/engagements/{id}", "/w/engagements/{e}", MEMBERS),
			scoped("POST", "/w/engagements/{id}/{kind:sign-off|decision|meeting|deliverable|access}",
					"/w/engagements/{e}/meeting", "admin analyst executive"),
			row("GET", "/w/rules", "/w/rules", SIGNED_IN), row("GET", "/w/audit", "/w/audit", ADMIN),
			// the rule editor (docs/rules-editor.md): rule editors and administrators; a
			// rule
			// base that does not exist answers 404 once access is granted
			row("GET", "/api/rules/drafts", "/api/rules/drafts", EDITORS),
			row("GET", "/api/rules/drafts/{folder}", "/api/rules/drafts/nosuch", EDITORS),
			typed(row("PUT", "/api/rules/drafts/{folder}/files", "/api/rules/drafts/nosuch/files?path=nosuch/a.drl.csv",
					EDITORS), "text/plain", "x"),
			json(row("POST", "/api/rules/drafts/{folder}/cells/check", "/api/rules/drafts/nosuch/cells/check", EDITORS),
					"{\"path\":\"nosuch/a.drl.csv\",\"row\":1,\"column\":1,\"value\":\"1\"}"),
			row("POST", "/api/rules/drafts/{folder}/preview", "/api/rules/drafts/nosuch/preview", EDITORS),
			json(row("POST", "/api/rules/drafts/{folder}/publish", "/api/rules/drafts/nosuch/publish", EDITORS),
					"{\"comment\":\"x\"}"),
			row("POST", "/api/rules/drafts/{folder}/features", "/api/rules/drafts/nosuch/features", EDITORS),
			row("GET", "/api/rules/drafts/{folder}/features", "/api/rules/drafts/nosuch/features", EDITORS),
			row("DELETE", "/api/rules/drafts/{folder}", "/api/rules/drafts/nosuch", EDITORS),
			row("POST", "/api/rules/drafts/{folder}/lock/break", "/api/rules/drafts/nosuch/lock/break", ADMIN),
			row("GET", "/w/rules/editor", "/w/rules/editor", EDITORS),
			row("GET", "/w/rules/editor/{folder}", "/w/rules/editor/nosuch", EDITORS),
			row("POST", "/w/rules/editor/{folder}/grid", "/w/rules/editor/nosuch/grid?file=nosuch/a.drl.csv", EDITORS),
			row("POST", "/w/rules/editor/{folder}/text", "/w/rules/editor/nosuch/text?file=nosuch/a.drl&text=x",
					EDITORS),
			row("POST", "/w/rules/editor/{folder}/preview", "/w/rules/editor/nosuch/preview", EDITORS),
			row("POST", "/w/rules/editor/{folder}/publish", "/w/rules/editor/nosuch/publish?comment=x", EDITORS),
			row("POST", "/w/rules/editor/{folder}/features", "/w/rules/editor/nosuch/features", EDITORS),
			row("GET", "/w/rules/editor/{folder}/features", "/w/rules/editor/nosuch/features", EDITORS),
			row("POST", "/w/rules/editor/{folder}/discard", "/w/rules/editor/nosuch/discard", EDITORS),
			row("POST", "/w/rules/editor/{folder}/break", "/w/rules/editor/nosuch/break", ADMIN),
			// a re-run stores nothing: analysts and rule editors, within what they may
			// see
			row("POST", "/api/{kind}/{id}/rerun", "/api/maturity/999999/rerun", "admin analyst rule_editor outsider"),
			scoped("POST", "/api/{kind}/{id}/rerun", "/api/maturity/{run}/rerun", "admin analyst"),
			// the API documentation (springdoc): signed-in users
			row("GET", "/v3/api-docs", "/v3/api-docs", SIGNED_IN),
			row("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml", SIGNED_IN),
			row("GET", "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config", SIGNED_IN),
			row("GET", "/swagger-ui.html", "/swagger-ui.html", SIGNED_IN),
			// runs of every capability
			scoped("GET", "/api/{kind}", "/api/maturity", SIGNED_IN),
			typed(scoped("POST", "/api/{kind}", "/api/maturity?engagement={e}", "admin analyst"), "text/csv",
					"not a survey"),
			typed(row("POST", "/api/{kind}", "/api/maturity", "admin analyst outsider"), "text/csv", "not a survey"),
			scoped("GET", "/api/{kind}/{id}", "/api/maturity/{run}", MEMBERS),
			scoped("GET", "/api/{kind}/{id}", "/api/maturity/{own}", "admin analyst"),
			scoped("GET", "/api/{kind}/{id}/{document}", "/api/maturity/{run}/json", MEMBERS),
			scoped("DELETE", "/api/{kind}/{id}", "/api/maturity/{fresh}", "admin analyst"),
			// rules: everyone signed in reads; rule editors reload
			row("GET", "/api/rules", "/api/rules", SIGNED_IN),
			row("GET", "/api/rules/catalogue", "/api/rules/catalogue", SIGNED_IN),
			row("POST", "/api/rules/reload", "/api/rules/reload", "admin rule_editor"),
			// kept versions: everyone signed in reads and compares; rule editors roll
			// back
			row("GET", "/api/rules/versions", "/api/rules/versions", SIGNED_IN),
			row("GET", "/api/rules/versions/{version}", "/api/rules/versions/00000000", SIGNED_IN),
			row("GET", "/api/rules/versions/{a}/diff/{b}", "/api/rules/versions/00000000/diff/00000000", SIGNED_IN),
			json(row("POST", "/api/rules/versions/{version}/rollback", "/api/rules/versions/00000000/rollback",
					"admin rule_editor"), "{}"),
			row("POST", "/w/rules/versions/{version}/rollback", "/w/rules/versions/00000000/rollback",
					"admin rule_editor"),
			// pilots (not in an engagement): analysts plan and evaluate, executives
			// decide
			json(row("POST", "/api/pilots", "/api/pilots", "admin analyst outsider"), "{}"),
			json(row("POST", "/api/pilots/{id}/evaluation", "/api/pilots/999999/evaluation", "admin analyst outsider"),
					"{}"),
			json(row("POST", "/api/pilots/{id}/decision", "/api/pilots/999999/decision", "admin executive"), "{}"),
			row("GET", "/api/pilots/{id}", "/api/pilots/999999", SIGNED_IN),
			row("GET", "/api/pilots/{id}/report", "/api/pilots/999999/report", SIGNED_IN),
			row("GET", "/api/pilots/{id}/report.pdf", "/api/pilots/999999/report.pdf", SIGNED_IN),
			// pilots are scoped as their plan run: in an engagement, or their maker's
			json(scoped("POST", "/api/pilots", "/api/pilots?engagement={e}", "admin analyst"), "{}"),
			json(scoped("POST", "/api/pilots/{id}/evaluation", "/api/pilots/{pilot}/evaluation", "admin analyst"),
					"{}"),
			json(scoped("POST", "/api/pilots/{id}/decision", "/api/pilots/{pilot}/decision", "admin executive"), "{}"),
			scoped("GET", "/api/pilots/{id}", "/api/pilots/{pilot}", MEMBERS),
			scoped("GET", "/api/pilots/{id}", "/api/pilots/{own-pilot}", "admin analyst"));

	/** Not handler methods, so listed here by hand: the actuator's endpoints. */
	static final List<Row> ACTUATOR = List.of(row("GET", "/actuator/health", "/actuator/health", ALL),
			row("GET", "/actuator/env", "/actuator/env", ""), row("GET", "/actuator", "/actuator", ""));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Access access;

	@Autowired
	Runs runs;

	final Map<Caller, String> tokens = new LinkedHashMap<>();

	final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	void usersAndAnEngagement() throws Exception {
		TestUsers users = TestUsers.in(context);
		for (Caller caller : Caller.values()) {
			if (caller != Caller.ANONYMOUS) {
				Role role = caller == Caller.OUTSIDER ? Role.ANALYST : Role.valueOf(caller.name());
				tokens.put(caller, users.token("table-" + caller.name().toLowerCase().replace('_', '-'), role));
			}
		}
		String file = """
				{"client": "Acme", "title": "Access table", "start": "2026-02-02", "lead": "Elena Marsh",
				 "stories": ["CMO-DISCOVERY"], "people": [{"id": "cfo", "name": "Carla Fo", "roles": ["CFO"]}]}""";
		long engagement = context.getBean(EngagementService.class)
			.importTree(JsonMapper.builder().build().readTree(file))
			.id();
		for (String member : List.of("table-analyst", "table-executive", "table-viewer")) {
			users.member(member, engagement);
		}
		ids.put("{e}", String.valueOf(engagement));
		ids.put("{run}", String.valueOf(run(new RunScope.Owner(engagement, "user:table-admin"))));
		ids.put("{own}", String.valueOf(run(RunScope.Owner.none("user:table-analyst"))));
		ids.put("{pilot}", String.valueOf(pilot(new RunScope.Owner(engagement, "user:table-admin"))));
		ids.put("{own-pilot}", String.valueOf(pilot(RunScope.Owner.none("user:table-analyst"))));
	}

	long pilot(RunScope.Owner owner) {
		return context.getBean(PilotService.class).create(Source.file(Path.of("examples/pilot-plan.yaml")), owner).id();
	}

	long run(RunScope.Owner owner) {
		return runs.run(runs.capability("maturity"), Source.file(Path.of("examples/survey-wide.csv")), owner).id();
	}

	@Test
	void everyEndpointHasARowInTheTable() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<String> methods = info.getMethodsCondition()
				.getMethods()
				.stream()
				.map(Enum::name)
				.collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				(methods.isEmpty() ? Set.of("ANY") : methods).forEach(m -> mapped.add(m + " " + pattern));
			}
		});
		Set<String> listed = TABLE.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
		assertThat(mapped).as("endpoints without a row in AccessTableTests.TABLE (add one per caller set)")
			.isSubsetOf(listed);
		assertThat(listed).as("rows for endpoints that no longer exist").isSubsetOf(mapped);
	}

	@Test
	void everyCallerGetsExactlyWhatTheTableAllows() throws Exception {
		List<String> wrong = new ArrayList<>();
		List<Row> rows = new ArrayList<>(TABLE);
		rows.addAll(ACTUATOR);
		for (Row row : rows) {
			Set<String> expected = Arrays.stream(row.allowed().split(" "))
				.filter(s -> !s.isBlank())
				.collect(Collectors.toSet());
			for (Caller caller : Caller.values()) {
				MockHttpServletResponse response = call(row, caller);
				boolean allowed = !refused(row, response);
				if (allowed != expected.contains(caller.name().toLowerCase())) {
					wrong.add("%-7s %-40s %-10s expected %s, got %d %s".formatted(row.method(), row.example(),
							caller.name().toLowerCase(), allowed ? "refused" : "allowed", response.getStatus(),
							response.getContentAsString().lines().findFirst().orElse("")));
				}
			}
		}
		assertThat(wrong).as("calls answered against the access table").isEmpty();
	}

	MockHttpServletResponse call(Row row, Caller caller) throws Exception {
		String path = row.example();
		if (path.contains("{fresh}")) {
			path = path.replace("{fresh}",
					String.valueOf(run(new RunScope.Owner(Long.valueOf(ids.get("{e}")), "user:table-admin"))));
		}
		for (Map.Entry<String, String> id : ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
		}
		String method = row.method().equals("ANY") ? "GET" : row.method();
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (row.contentType() != null) {
			request.contentType(row.contentType()).content(row.body());
		}
		if (caller != Caller.ANONYMOUS) {
			request.with(TestUsers.bearer(tokens.get(caller)));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	static boolean refused(Row row, MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getHeader("Location");
		return status == 401 || status == 403 || (status == 404 && row.scoped())
				|| (status / 100 == 3 && location != null && location.contains("/login"))
				|| (row.example().startsWith("/actuator") && status == 404);
	}

	@Test
	void listingsHoldOnlyWhatTheCallerMaySee() throws Exception {
		String e = ids.get("{e}");
		assertThat(body("/api/engagements", Caller.ANALYST)).contains("\"id\":" + e);
		assertThat(body("/api/engagements", Caller.OUTSIDER)).isEqualTo("[]");
		assertThat(body("/api/engagements", Caller.ADMIN)).contains("\"id\":" + e);
		String run = "\"id\":" + ids.get("{run}") + ",";
		String own = "\"id\":" + ids.get("{own}") + ",";
		assertThat(body("/api/maturity", Caller.VIEWER)).contains(run).doesNotContain(own);
		assertThat(body("/api/maturity", Caller.ANALYST)).contains(run).contains(own);
		assertThat(body("/api/maturity", Caller.OUTSIDER)).doesNotContain(run).doesNotContain(own);
		assertThat(body("/api/maturity", Caller.ADMIN)).contains(run).contains(own);
	}

	@Test
	void whatACallerMayNotSeeIsAnsweredAsIfItDidNotExist() throws Exception {
		assertThat(detail("/api/engagements/" + ids.get("{e}"), Caller.OUTSIDER))
			.isEqualTo("no engagement " + ids.get("{e}"));
		assertThat(detail("/api/engagements/999999", Caller.OUTSIDER)).isEqualTo("no engagement 999999");
		assertThat(detail("/api/maturity/" + ids.get("{run}"), Caller.OUTSIDER))
			.isEqualTo("no maturity run with id " + ids.get("{run}"));
		assertThat(detail("/api/maturity/" + ids.get("{own}"), Caller.VIEWER))
			.isEqualTo("no maturity run with id " + ids.get("{own}"));
	}

	@Test
	void aPilotIsSeenByWhoMaySeeItsPlanRunAndByNobodyElse() throws Exception {
		String pilot = ids.get("{pilot}");
		String own = ids.get("{own-pilot}");
		assertThat(detail("/api/pilots/" + pilot, Caller.OUTSIDER)).isEqualTo("no pilot with id " + pilot);
		assertThat(detail("/api/pilots/" + own, Caller.VIEWER)).isEqualTo("no pilot with id " + own);
		assertThat(detail("/api/pilots/" + own + "/report.pdf", Caller.EXECUTIVE)).isEqualTo("no pilot with id " + own);
		assertThat(status("/api/pilots/" + pilot, Caller.VIEWER)).isEqualTo(200);
		assertThat(status("/api/pilots/" + own, Caller.ANALYST)).isEqualTo(200);
		MockHttpServletResponse created = mvc
			.perform(
					request(HttpMethod.POST, "/api/pilots?engagement=" + ids.get("{e}")).contentType("application/json")
						.content(MEAN_PLAN)
						.with(TestUsers.bearer(tokens.get(Caller.ANALYST))))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(created.getContentAsString()).get("id").asLong();
		assertThat(status("/api/pilots/" + id, Caller.EXECUTIVE)).isEqualTo(200);
		assertThat(status("/api/pilots/" + id, Caller.OUTSIDER)).isEqualTo(404);
	}

	static final String MEAN_PLAN = """
			{"plan": {"name": "p", "kpi": "mean", "baselineMean": 50, "baselineSd": 20, "targetRelativeEffect": -0.1,
			 "trafficPerDay": 100, "timeframeDays": 28}}""";

	@Test
	void aRunMadeInAnEngagementBelongsToItAndNamesWhoMadeIt() throws Exception {
		MockHttpServletResponse created = mvc
			.perform(request(HttpMethod.POST, "/api/maturity?engagement=" + ids.get("{e}")).contentType("text/csv")
				.content(java.nio.file.Files.readAllBytes(Path.of("examples/survey-wide.csv")))
				.with(TestUsers.bearer(tokens.get(Caller.ANALYST))))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		long id = JsonMapper.builder().build().readTree(created.getContentAsString()).get("id").asLong();
		var owner = context.getBean(com.caio.engine.storage.RunStore.class).owner("maturity", id).orElseThrow();
		assertThat(owner).isEqualTo(new RunScope.Owner(Long.valueOf(ids.get("{e}")), "user:table-analyst"));
		assertThat(status("/api/maturity/" + id, Caller.VIEWER)).isEqualTo(200);
		assertThat(status("/api/maturity/" + id, Caller.EXECUTIVE)).isEqualTo(200);
		assertThat(status("/api/maturity/" + id, Caller.OUTSIDER)).isEqualTo(404);
		assertThat(status("/api/maturity/" + id, Caller.RULE_EDITOR)).isEqualTo(404);
	}

	MockHttpServletResponse get(String path, Caller caller) throws Exception {
		return mvc.perform(request(HttpMethod.GET, path).with(TestUsers.bearer(tokens.get(caller))))
			.andReturn()
			.getResponse();
	}

	String body(String path, Caller caller) throws Exception {
		return get(path, caller).getContentAsString();
	}

	int status(String path, Caller caller) throws Exception {
		return get(path, caller).getStatus();
	}

	String detail(String path, Caller caller) throws Exception {
		MockHttpServletResponse response = get(path, caller);
		assertThat(response.getStatus()).isEqualTo(404);
		return JsonMapper.builder().build().readTree(response.getContentAsString()).path("detail").asString();
	}

}
