package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts over real HTTP on a copy of the real rules: the Critical band raised to 16 in a
 * draft, previewed against a stored risk run (two risks change band), published with a
 * comment and written to the rules folder; the lock met by a second editor and broken by
 * an administrator; refusals answered 422 with nothing written.
 */
class DraftsApiTests extends EditorContext {

	static final String BANDS = "risk/bands.drl.csv";

	@Autowired
	RuleRuntime runtime;

	@Autowired
	Drafts drafts;

	@Autowired
	AuditLog audit;

	final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void undo() {
		drafts.folders().forEach(drafts::delete);
		if (!Files.exists(WORKSPACE.rules().resolve(BANDS))
				|| !text(WORKSPACE.rules().resolve(BANDS)).equals(text(TestWorkspace.SHIPPED_RULES.resolve(BANDS)))) {
			WORKSPACE.resetRules();
			runtime.reload("test");
		}
	}

	@Test
	void theCriticalBandRaisedTo16IsPreviewedAsTwoRisksMovingAndThenPublishedWithItsComment() throws Exception {
		RestClient editor = client("rita", Role.RULE_EDITOR);
		upload(client("ann", Role.ANALYST), Path.of("examples/risk-register.csv"));
		String before = runtime.current().version();

		JsonNode draft = body(editor.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class));
		assertThat(draft.get("holder").asString()).isEqualTo("rita");
		assertThat(put(editor, BANDS, raisedCritical()).getStatusCode().value()).isEqualTo(200);
		JsonNode preview = body(editor.post().uri("/api/rules/drafts/risk/preview").retrieve().toEntity(String.class));

		assertThat(preview.get("compiles").asBoolean()).as(preview.toString()).isTrue();
		JsonNode run = preview.get("runs").get(0);
		assertThat(run.get("outcome").asString()).isEqualTo("changed");
		List<String> sentences = new java.util.ArrayList<>();
		run.get("sentences").forEach(sentence -> sentences.add(sentence.asString()));
		assertThat(sentences).contains("R-04 and R-07 move from Critical to High",
				"The cell likelihood 3 x impact 5 and the cell likelihood 5 x impact 3 move from Critical to High");
		assertThat(runtime.current().version()).as("a preview publishes nothing").isEqualTo(before);

		ResponseEntity<String> published = editor.post()
			.uri("/api/rules/drafts/risk/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"comment\":\"Critical from 16, as agreed with the risk committee\"}")
			.retrieve()
			.toEntity(String.class);

		assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
		assertThat(runtime.current().version()).isNotEqualTo(before)
			.isEqualTo(body(published).get("version").asString());
		assertThat(text(WORKSPACE.rules().resolve(BANDS))).contains("Critical from 16,16");
		assertThat(drafts.find("risk")).as("publishing releases the lock").isEmpty();
		assertThat(audit.recent("rules.", 5)).anySatisfy(e -> assertThat(e.actor()).isEqualTo("user:rita"));
	}

	@Test
	void aSecondEditorIsToldWhoHoldsTheLockAndAnAdministratorCanBreakIt() {
		RestClient first = client("rita", Role.RULE_EDITOR);
		RestClient second = client("ravi", Role.RULE_EDITOR);
		first.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class);

		ResponseEntity<String> locked = second.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class);

		assertThat(locked.getStatusCode().value()).isEqualTo(409);
		assertThat(body(locked).get("holder").asString()).isEqualTo("rita");
		assertThat(body(locked).get("detail").asString())
			.containsPattern("being edited by rita since \\d{1,2} [A-Z][a-z]{2,3} \\d{4} \\d{2}:\\d{2} UTC;");
		assertThat(second.post()
			.uri("/api/rules/drafts/risk/lock/break")
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).as("only an administrator breaks a lock").isEqualTo(403);
		ResponseEntity<String> broken = client("root", Role.ADMIN).post()
			.uri("/api/rules/drafts/risk/lock/break")
			.retrieve()
			.toEntity(String.class);
		assertThat(body(broken).get("holder").asString()).isEqualTo("root");
		assertThat(audit.recent(Drafts.LOCK_BROKEN, 1)).singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("held by rita"));
	}

	@Test
	void onlyRuleEditorsAndAdministratorsOpenDrafts() {
		for (Role role : new Role[] { Role.VIEWER, Role.ANALYST, Role.EXECUTIVE }) {
			RestClient other = client("not-an-editor-" + role.name().toLowerCase(), role);
			assertThat(
					other.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class).getStatusCode().value())
				.as(role.name())
				.isEqualTo(403);
		}
	}

	@Test
	void aTypedCellIsCheckedAgainstItsColumnByThePolicyOfFiles() {
		RestClient editor = client("rita", Role.RULE_EDITOR);

		JsonNode letters = check(editor, 10, 2, "sixteen");
		JsonNode number = check(editor, 10, 2, "16");
		JsonNode code = check(editor, 10, 1, "X\"); System.exit(0); //");

		assertThat(letters.get("accepted").asBoolean()).isFalse();
		assertThat(letters.get("message").asString()).contains("'sixteen'").contains("column B");
		assertThat(number.get("accepted").asBoolean()).isTrue();
		assertThat(code.get("accepted").asBoolean()).isFalse();
		assertThat(code.get("message").asString()).contains("without \" or \\");
	}

	@Test
	void aPublishWithoutACommentOrWithRulesThatFailTheChecksIsRefusedAndNothingIsWritten() {
		RestClient admin = client("root", Role.ADMIN);
		String before = runtime.current().version();
		admin.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class);
		assertThat(publish(admin, " ").getStatusCode().value()).isEqualTo(422);
		String drl = text(WORKSPACE.rules().resolve("risk/escalation.drl"));
		// passes the policy and compiles, but divides by zero on the shipped example's
		//
		String failing = drl.replaceFirst("then\n",
				"then\n    int boom = \\$r.score() / ( \\$r.score() - \\$r.score() );\n");
		assertThat(put(admin, "risk/escalation.drl", failing).getStatusCode().value()).isEqualTo(200);

		ResponseEntity<String> refused = publish(admin, "try a rule that fails on the examples");

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
		assertThat(body(refused).get("detail").asString()).contains("risk-register.csv");
		assertThat(runtime.current().version()).isEqualTo(before);
		assertThat(text(WORKSPACE.rules().resolve("risk/escalation.drl"))).isEqualTo(drl);
	}

	@Test
	void aDraftWhoseRuleBaseChangedUnderItIsNotPublishedSoItCannotUndoTheChange() throws Exception {
		RestClient editor = client("rita", Role.RULE_EDITOR);
		editor.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class);
		assertThat(put(editor, BANDS, raisedCritical()).getStatusCode().value()).isEqualTo(200);
		try {
			// meanwhile the band table is edited on disk and served: the draft's copy is
			// the old one, so publishing it would silently take that edit back
			edit(BANDS, "Colours are the heatmap fills.", "Colours are the heatmap fills, as agreed.");

			ResponseEntity<String> refused = publish(editor, "Critical from 16");

			assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(409);
			assertThat(body(refused).get("detail").asString()).contains("the rules of 'risk' changed")
				.contains("risk/bands.drl.csv")
				.contains("would undo that change");
			assertThat(text(WORKSPACE.rules().resolve(BANDS))).contains("as agreed").contains("Critical from 15,15");
			String page = editor.get()
				.uri("/w/rules/editor/risk")
				.accept(MediaType.TEXT_HTML)
				.retrieve()
				.toEntity(String.class)
				.getBody();
			assertThat(page).contains("The serving rules changed.").contains("would undo that change");

			// the edit taken back, and another rule base changed instead: nothing of the
			// draft's own rule base moved, so it publishes
			WORKSPACE.resetRules();
			edit("maturity/levels.drl.csv", "Applies to each dimension score", "Applies to every dimension score");
			ResponseEntity<String> published = publish(editor, "Critical from 16");
			assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
			assertThat(text(WORKSPACE.rules().resolve("maturity/levels.drl.csv"))).contains("every dimension");
		}
		finally {
			WORKSPACE.resetRules();
			runtime.reload("test");
		}
	}

	private void edit(String path, String from, String to) throws java.io.IOException {
		Path file = WORKSPACE.rules().resolve(path);
		String before = Files.readString(file);
		assertThat(before).contains(from);
		Files.writeString(file, before.replace(from, to));
		assertThat(runtime.reload("test").lastBuildSucceeded()).isTrue();
	}

	@Test
	void aRuleEditorCannotSaveDrlText() {
		RestClient editor = client("rita", Role.RULE_EDITOR);

		assertThat(put(editor, "risk/escalation.drl", "package risk;\n").getStatusCode().value()).isEqualTo(403);
	}

	static String raisedCritical() {
		return text(TestWorkspace.SHIPPED_RULES.resolve(BANDS)).replace("Critical from 15,15", "Critical from 16,16");
	}

	private JsonNode check(RestClient client, int row, int column, String value) {
		return body(client.post()
			.uri("/api/rules/drafts/risk/cells/check")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("path", BANDS, "row", row, "column", column, "value", value))
			.retrieve()
			.toEntity(String.class));
	}

	private ResponseEntity<String> publish(RestClient client, String comment) {
		return client.post()
			.uri("/api/rules/drafts/risk/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("comment", comment))
			.retrieve()
			.toEntity(String.class);
	}

	static ResponseEntity<String> put(RestClient client, String path, String text) {
		return client.put()
			.uri("/api/rules/drafts/" + path.substring(0, path.indexOf('/')) + "/files?path={path}", path)
			.contentType(MediaType.TEXT_PLAIN)
			.body(text.getBytes(StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(String.class);
	}

	private void upload(RestClient client, Path file) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new FileSystemResource(file));
		assertThat(client.post()
			.uri("/api/risk")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).isEqualTo(201);
	}

	private JsonNode body(ResponseEntity<String> response) {
		return json.readTree(response.getBody());
	}

	static String text(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
