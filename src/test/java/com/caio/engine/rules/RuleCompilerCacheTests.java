package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.QuestionCatalogueParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only the folders whose files changed are rebuilt: a second build of the same files
 * builds nothing and gives the same version, messages, catalogue and rule bases; one
 * edited file rebuilds its folder alone; a refused folder is never cached, so it is
 * refused again with the same messages.
 */
class RuleCompilerCacheTests {

	final TestWorkspace workspace = TestWorkspace.create("compiler-cache");

	final RuleCompiler compiler = new RuleCompiler(List.of(new QuestionCatalogueParser()), RuleLimits.DEFAULT);

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void theSameFilesAreNotBuiltTwiceAndGiveTheSameResult() {
		RuleCompiler.Build first = compiler.build(workspace.rules());
		long built = compiler.foldersBuilt();
		RuleCompiler.Build again = compiler.build(workspace.rules());
		RuleCompiler.Build fresh = new RuleCompiler(List.of(new QuestionCatalogueParser()), RuleLimits.DEFAULT)
			.build(workspace.rules());

		assertThat(first.succeeded()).isTrue();
		assertThat(built).isEqualTo(first.ruleSet().folders().size());
		assertThat(compiler.foldersBuilt()).as("nothing rebuilt").isEqualTo(built);
		assertThat(again.version()).isEqualTo(first.version()).isEqualTo(fresh.version());
		assertThat(again.messages()).isEqualTo(first.messages()).isEqualTo(fresh.messages());
		assertThat(again.catalogue()).isEqualTo(first.catalogue()).isEqualTo(fresh.catalogue());
		for (String folder : first.ruleSet().folders()) {
			assertThat(again.ruleSet().base(folder)).as(folder).isSameAs(first.ruleSet().base(folder));
		}
	}

	@Test
	void oneEditedFileRebuildsItsFolderAlone() throws IOException {
		RuleCompiler.Build first = compiler.build(workspace.rules());
		long built = compiler.foldersBuilt();
		Path quality = workspace.rules().resolve("risk/quality.drl");
		Files.writeString(quality, Files.readString(quality) + "\n// reviewed\n");

		RuleCompiler.Build edited = compiler.build(workspace.rules());

		assertThat(edited.succeeded()).isTrue();
		assertThat(edited.version()).isNotEqualTo(first.version());
		assertThat(compiler.foldersBuilt()).isEqualTo(built + 1);
		assertThat(edited.ruleSet().base("risk")).isNotSameAs(first.ruleSet().base("risk"));
		assertThat(edited.ruleSet().base("maturity")).isSameAs(first.ruleSet().base("maturity"));
		assertThat(edited.catalogue()).isEqualTo(
				new RuleCompiler(List.of(new QuestionCatalogueParser()), RuleLimits.DEFAULT).build(workspace.rules())
					.catalogue());
	}

	@Test
	void aRefusedFolderIsNeverCached() throws IOException {
		compiler.build(workspace.rules());
		Files.writeString(workspace.rules().resolve("risk/escalation.drl"),
				"package risk;\nrule \"x\" when then oops( end\n");
		RuleCompiler.Build refused = compiler.build(workspace.rules());
		long built = compiler.foldersBuilt();

		RuleCompiler.Build again = compiler.build(workspace.rules());

		assertThat(refused.succeeded()).isFalse();
		assertThat(compiler.foldersBuilt()).as("the broken folder built again").isEqualTo(built + 1);
		assertThat(again.messages()).isEqualTo(refused.messages()).isNotEmpty();
	}

}
