package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.caio.engine.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server's first load of the rules in the background: whatever asks for the rules
 * during it waits for the result, and the load tells no listener, as a first load before
 * any listener was registered did.
 */
class RuleFirstLoadTests {

	private final TestWorkspace workspace = TestWorkspace.create("first-load");

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void aRequestDuringTheFirstLoadWaitsForTheRulesItLoads() {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());
		List<RuleRuntime.Reload> told = new CopyOnWriteArrayList<>();
		runtime.onReload(told::add);

		runtime.loadInBackground();
		RuleSet ruleSet = runtime.current();

		RuleRuntime reference = new RuleRuntime(workspace.rules(), List.of());
		assertThat(ruleSet.version()).isEqualTo(reference.reload().servingVersion());
		assertThat(ruleSet.folders()).contains("risk", "maturity");
		assertThat(runtime.status().lastBuildSucceeded()).isTrue();
		assertThat(told).isEmpty();
		runtime.reload("user:alice");
		assertThat(told).singleElement().satisfies(r -> assertThat(r.cause()).isEqualTo("user:alice"));
	}

	@Test
	void aFirstLoadThatFailsLeavesNothingServingAndSaysWhy() throws Exception {
		Files.writeString(workspace.rules().resolve("risk/broken.drl"),
				"package risk;\nrule \"x\" when then oops( end\n");
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());

		runtime.loadInBackground();

		assertThatThrownBy(runtime::current).isInstanceOf(RulesUnavailableException.class);
		assertThat(runtime.status().lastBuildSucceeded()).isFalse();
		assertThat(runtime.status().messages()).anySatisfy(m -> assertThat(m.file()).endsWith("risk/broken.drl"));
	}

}
