package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.QuestionCatalogueParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command-line run compiles only the rules folder it uses: an error in another folder
 * neither slows nor stops it, and is still found by {@code rules check}.
 */
class RuleCompileOnDemandTests {

	TestWorkspace workspace;

	RuleRuntime runtime;

	@BeforeEach
	void shippedRulesWithABrokenRiskFolder() throws IOException {
		workspace = TestWorkspace.create("on-demand");
		Files.writeString(workspace.rules().resolve("risk/escalation.drl"),
				"package risk;\nrule \"broken\" when then nonsense( end\n");
		runtime = new RuleRuntime(workspace.rules(), List.of(new QuestionCatalogueParser()));
		runtime.compileOnDemand();
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void theFolderARunUsesCompilesAndABrokenOtherFolderIsNotCompiled() {
		RuleRuntime.Status status = runtime.reload();

		assertThat(status.lastBuildSucceeded()).isTrue();
		RuleSet rules = runtime.current();
		rules.require("maturity");
		assertThat(rules.rules("maturity")).isNotEmpty();
		assertThat(rules.folders()).contains("maturity", "risk", "pilot");
		assertThat(rules.data(com.caio.engine.maturity.QuestionCatalogue.class)).isNotNull();
	}

	@Test
	void aBrokenFolderIsReportedWithItsErrorsWhenARunNeedsIt() {
		runtime.reload();
		RuleSet rules = runtime.current();

		assertThatThrownBy(() -> rules.require("risk")).isInstanceOfSatisfying(RulesUnavailableException.class, ex -> {
			assertThat(ex.getMessage()).startsWith("no rule set compiled from ").contains("risk");
			assertThat(ex.messages()).isNotEmpty()
				.allSatisfy(m -> assertThat(m.file()).endsWith("risk/escalation.drl"));
		});
		assertThatThrownBy(() -> rules.require("risk")).as("tried again, not remembered as compiled")
			.isInstanceOf(RulesUnavailableException.class);
	}

	@Test
	void compileAllFindsEveryErrorAsAServerWould() {
		runtime.reload();

		RuleRuntime.Status status = runtime.compileAll();

		assertThat(status.lastBuildSucceeded()).isFalse();
		assertThat(status.messages()).anySatisfy(m -> assertThat(m.file()).endsWith("risk/escalation.drl"));
	}

	@Test
	void theVersionIsTheSameAsWhenEveryFolderIsCompiled() throws IOException {
		Files.writeString(workspace.rules().resolve("risk/escalation.drl"),
				Files.readString(TestWorkspace.SHIPPED_RULES.resolve("risk/escalation.drl")));
		String onDemand = runtime.reload().servingVersion();

		assertThat(runtime.compileAll().servingVersion()).isEqualTo(onDemand);
		assertThat(runtime.catalogue()).isNotEmpty();
	}

	@Test
	void aPrefetchedFolderIsCompiledBeforeItsFirstUseAndOnlyOnce() throws Exception {
		runtime.reload();
		RuleSet rules = runtime.current();
		assertThat(rules.compiled("maturity")).isFalse();

		runtime.prefetch("maturity").get(2, java.util.concurrent.TimeUnit.MINUTES);

		assertThat(rules.compiled("maturity")).isTrue();
		assertThat(rules.compiled("risk")).as("only the folder asked for").isFalse();
		rules.require("maturity");
		assertThat(runtime.foldersBuilt()).as("the run took the prefetched rule base").isEqualTo(1);
	}

	@Test
	void aRunWaitsForAPrefetchStillCompilingRatherThanCompilingAgain() {
		runtime.reload();
		RuleSet rules = runtime.current();

		java.util.concurrent.CompletableFuture<Void> prefetch = runtime.prefetch("maturity");
		rules.require("maturity");

		assertThat(runtime.foldersBuilt()).isEqualTo(1);
		assertThat(prefetch).succeedsWithin(java.time.Duration.ofMinutes(2));
		assertThat(runtime.foldersBuilt()).isEqualTo(1);
	}

	@Test
	void aPrefetchedBrokenFolderIsStillReportedWithItsErrorsByTheRunThatNeedsIt() throws Exception {
		runtime.reload();
		RuleSet rules = runtime.current();

		runtime.prefetch("risk").get(2, java.util.concurrent.TimeUnit.MINUTES);

		assertThat(rules.compiled("risk")).isFalse();
		assertThatThrownBy(() -> rules.require("risk")).isInstanceOfSatisfying(RulesUnavailableException.class,
				ex -> assertThat(ex.messages()).anySatisfy(m -> assertThat(m.file()).endsWith("risk/escalation.drl")));
	}

	@Test
	void aWordThatIsNoRulesFolderPrefetchesNothing() {
		runtime.reload();

		assertThat(runtime.prefetch("bench")).isCompleted();
		assertThat(runtime.prefetch("../maturity")).isCompleted();
		assertThat(runtime.foldersBuilt()).isZero();
	}

	@Test
	void aFolderCompiledEarlyIsTakenByTheFirstRuntimeThatNeedsItsFiles() throws Exception {
		RuleRuntime.compileEarly(workspace.rules(), "maturity").get(2, java.util.concurrent.TimeUnit.MINUTES);
		runtime.reload();

		runtime.current().require("maturity");

		assertThat(runtime.foldersBuilt()).as("built before the runtime existed, not again").isZero();
		assertThat(runtime.current().rules("maturity")).isNotEmpty();
	}

	@Test
	void aFolderCompiledEarlyWhoseFilesChangedSinceIsBuiltAgainFromTheNewFiles() throws Exception {
		RuleRuntime.compileEarly(workspace.rules(), "maturity").get(2, java.util.concurrent.TimeUnit.MINUTES);
		java.nio.file.Path drl = Files.list(workspace.rules().resolve("maturity"))
			.filter(p -> p.toString().endsWith(".drl"))
			.findFirst()
			.orElseThrow();
		Files.writeString(drl, Files.readString(drl) + "\n// edited after the early start\n");
		runtime.reload();

		runtime.current().require("maturity");

		assertThat(runtime.foldersBuilt()).isEqualTo(1);
	}

	@Test
	void aBrokenFolderCompiledEarlyIsStillReportedWithItsErrors() throws Exception {
		RuleRuntime.compileEarly(workspace.rules(), "risk").get(2, java.util.concurrent.TimeUnit.MINUTES);
		runtime.reload();
		RuleSet rules = runtime.current();

		assertThatThrownBy(() -> rules.require("risk")).isInstanceOfSatisfying(RulesUnavailableException.class,
				ex -> assertThat(ex.messages()).anySatisfy(m -> assertThat(m.file()).endsWith("risk/escalation.drl")));
	}

}
