package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.caio.engine.rules.InjectionCorpus;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The injection corpus of the file tests fed through the editor: DRL files and tables
 * saved into a draft (even by an administrator), and cells typed into the Critical band's
 * row. Each is refused with its reason, nothing is saved into the draft, a publish after
 * it serves the same version, and no payload ran (the canary property stays unset).
 */
class EditorInjectionTests extends EditorContext {

	static final String BANDS = "risk/bands.drl.csv";

	@Autowired
	RuleRuntime runtime;

	@Autowired
	Drafts drafts;

	final JsonMapper json = JsonMapper.builder().build();

	String before;

	@BeforeEach
	void serving() {
		before = runtime.current().version();
	}

	@AfterEach
	void nothingRanNorWasPublished() {
		assertThat(System.getProperty(InjectionCorpus.CANARY)).as("the canary property").isNull();
		assertThat(runtime.current().version()).isEqualTo(before);
		drafts.folders().forEach(drafts::delete);
	}

	static Stream<Arguments> files() {
		return Stream.concat(
				InjectionCorpus.drl()
					.map(a -> Arguments.of(a.get()[0], "maturity/injected.drl", a.get()[1], a.get()[4])),
				InjectionCorpus.tables()
					.map(a -> Arguments.of(a.get()[0], "maturity/injected.drl.csv", a.get()[1], a.get()[4])));
	}

	@ParameterizedTest(name = "file: {0}")
	@MethodSource("files")
	void anInjectedFileIsRefusedAtSaveAndNeverReachesTheCompiler(String name, String path, String text,
			String message) {
		RestClient admin = client("inj-admin", Role.ADMIN);
		admin.get().uri("/api/rules/drafts/maturity").retrieve().toEntity(String.class);

		ResponseEntity<String> saved = DraftsApiTests.put(admin, path, text);

		assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(422);
		assertThat(json.readTree(saved.getBody()).get("messages").valueStream().map(JsonNode::asString))
			.anySatisfy(m -> assertThat(m).contains(message));
		assertThat(drafts.find("maturity").orElseThrow().files()).doesNotContainKey(path);
		assertThat(Files.exists(WORKSPACE.rules().resolve(path))).isFalse();
	}

	@org.junit.jupiter.api.Test
	void aPublishAfterRefusedAttemptsServesTheSameVersion() {
		RestClient admin = client("inj-admin", Role.ADMIN);
		InjectionCorpus.drl()
			.limit(5)
			.forEach(a -> DraftsApiTests.put(admin, "maturity/injected.drl", (String) a.get()[1]));

		ResponseEntity<String> published = admin.post()
			.uri("/api/rules/drafts/maturity/publish")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("comment", "after injection attempts"))
			.retrieve()
			.toEntity(String.class);

		assertThat(json.readTree(published.getBody()).get("version").asString()).isEqualTo(before);
	}

	static final String SET = "System.setProperty(\"caio.canary\", \"ran\")";

	static Stream<Arguments> cells() {
		return Stream.of(Arguments.of(2, "15); " + SET + "; int x = (0"), Arguments.of(2, "15;" + SET),
				Arguments.of(2, "1e3"), Arguments.of(2, "0x0F"), Arguments.of(2, "15 /* */"),
				Arguments.of(2, "\\u0031\\u0035"), Arguments.of(2, "15 + 0"), Arguments.of(3, "4; " + SET),
				Arguments.of(1, "X\" salience 10 \""), Arguments.of(1, "X\\\" when"),
				Arguments.of(1, "RISK-BAND-CRIT \\u0022; " + SET + "; //"), Arguments.of(5, "Critical\n" + SET),
				Arguments.of(2, "java.lang.Runtime.getRuntime().exec(\"x\")"),
				Arguments.of(2, "Class.forName(\"java.lang.\" + \"Runtime\")"));
	}

	@ParameterizedTest(name = "cell {0}: {1}")
	@MethodSource("cells")
	void anInjectedCellIsRefusedAsItIsTyped(int column, String value) {
		RestClient editor = client("inj-editor", Role.RULE_EDITOR);

		JsonNode verdict = json.readTree(editor.post()
			.uri("/api/rules/drafts/risk/cells/check")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("path", BANDS, "row", 10, "column", column, "value", value))
			.retrieve()
			.toEntity(String.class)
			.getBody());

		assertThat(verdict.get("accepted").asBoolean()).as(String.valueOf(verdict)).isFalse();
		assertThat(verdict.get("message").asString()).isNotBlank();
	}

	@ParameterizedTest(name = "grid cell {0}: {1}")
	@MethodSource("cells")
	void anInjectedCellSavedFromTheGridIsRefusedAndNotKept(int column, String value) throws Exception {
		RestClient editor = client("inj-editor", Role.RULE_EDITOR);
		editor.get().uri("/api/rules/drafts/risk").retrieve().toEntity(String.class);
		String shipped = Files.readString(WORKSPACE.rules().resolve(BANDS));
		List<String> lines = new java.util.ArrayList<>(shipped.lines().toList());
		List<String> cells = new java.util.ArrayList<>(List.of(lines.get(9).split(",", -1)));
		cells.set(column - 1, "\"" + value.replace("\"", "\"\"") + "\"");
		lines.set(9, String.join(",", cells));

		ResponseEntity<String> saved = DraftsApiTests.put(editor, BANDS, String.join("\n", lines) + "\n");

		assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(422);
		assertThat(new String(drafts.find("risk").orElseThrow().files().get(BANDS))).isEqualTo(shipped);
	}

}
