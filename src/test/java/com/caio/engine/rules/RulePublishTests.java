package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.QuestionCatalogueParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rule sets given as files rather than read from the folder: compiled without publishing
 * (a draft, a stored version), and published, which writes them into the rules folder.
 */
class RulePublishTests {

	TestWorkspace workspace;

	RuleRuntime runtime;

	List<RuleRuntime.Reload> reloads = new ArrayList<>();

	@BeforeEach
	void shippedRules() {
		workspace = TestWorkspace.create("publish");
		runtime = new RuleRuntime(workspace.rules(), List.of(new QuestionCatalogueParser()));
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		runtime.onReload(reloads::add);
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void aCompiledCandidateIsNeitherServedNorWritten() throws IOException {
		String serving = runtime.current().version();
		Map<String, byte[]> files = withCriticalFrom(16);

		RuleRuntime.Candidate candidate = runtime.compile(files);

		assertThat(candidate.compiled()).isTrue();
		assertThat(candidate.version()).isNotEqualTo(serving);
		assertThat(candidate.ruleSet().version()).isEqualTo(candidate.version());
		assertThat(runtime.current().version()).isEqualTo(serving);
		assertThat(bands()).contains("Critical from 15,15");
		assertThat(reloads).isEmpty();
	}

	@Test
	void theSameFilesGiveTheVersionTheFolderGives() {
		assertThat(runtime.compile(runtime.servingFiles()).version()).isEqualTo(runtime.current().version());
	}

	@Test
	void aPublishedSetServesAndIsWrittenSoAReloadFindsTheSameVersion() throws IOException {
		Map<String, byte[]> files = withCriticalFrom(16);
		files.remove("risk/quality.drl");
		files.put("risk/notes/readme.txt", "a new file in a new folder".getBytes(StandardCharsets.UTF_8));

		RuleRuntime.Status status = runtime.publish(files, "user:alice", "Critical from 16");

		assertThat(status.lastBuildSucceeded()).isTrue();
		assertThat(bands()).contains("Critical from 16,16");
		assertThat(workspace.rules().resolve("risk/quality.drl")).doesNotExist();
		assertThat(workspace.rules().resolve("risk/notes/readme.txt")).exists();
		assertThat(runtime.reload().servingVersion()).isEqualTo(status.servingVersion());
		assertThat(reloads).first()
			.satisfies(r -> assertThat(r.cause()).isEqualTo("user:alice"))
			.satisfies(r -> assertThat(r.comment()).isEqualTo("Critical from 16"))
			.satisfies(r -> assertThat(r.published()).isTrue())
			.satisfies(r -> assertThat(r.files()).hasSize(files.size()));
	}

	@Test
	void aRefusedSetChangesNothingOnDiskAndTheOldRulesKeepServing() throws IOException {
		String serving = runtime.current().version();
		Map<String, byte[]> files = withCriticalFrom(16);
		files.put("risk/escalation.drl",
				"package risk;\nrule \"x\" when then oops( end\n".getBytes(StandardCharsets.UTF_8));

		RuleRuntime.Status status = runtime.publish(files, "user:alice", "Critical from 16");

		assertThat(status.lastBuildSucceeded()).isFalse();
		assertThat(status.messages()).anySatisfy(m -> assertThat(m.file()).endsWith("risk/escalation.drl"));
		assertThat(runtime.current().version()).isEqualTo(serving);
		assertThat(bands()).contains("Critical from 15,15");
		assertThat(reloads).singleElement().satisfies(r -> assertThat(r.published()).isFalse());
	}

	@Test
	void pathsOutsideTheRulesFolderAreRefusedBeforeAnythingIsCompiled() {
		for (String path : List.of("../escape.drl", "/etc/passwd", "risk/../../x.drl", "risk//x.drl",
				"risk/.hidden.drl", "risk\\x.drl", "")) {
			Map<String, byte[]> files = runtime.servingFiles();
			files.put(path, "package risk;".getBytes(StandardCharsets.UTF_8));
			assertThat(runtime.compile(files).messages()).as(path).anySatisfy(m -> assertThat(m.isError()).isTrue());
			assertThat(runtime.publish(files, "user:mallory", "").lastBuildSucceeded()).as(path).isFalse();
		}
		assertThat(workspace.root().resolve("escape.drl")).doesNotExist();
	}

	private Map<String, byte[]> withCriticalFrom(int minimum) {
		return com.caio.engine.ShippedRules.withCriticalFrom(runtime.servingFiles(), minimum);
	}

	private String bands() throws IOException {
		return Files.readString(workspace.rules().resolve("risk/bands.drl.csv"));
	}

}
