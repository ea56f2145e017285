package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.QuestionCatalogueParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Saved changes are picked up without a restart, even after the whole folder was
 * replaced.
 */
class RuleWatcherTests {

	final TestWorkspace workspace = TestWorkspace.create("watcher");

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void aSavedEditIsPublishedAndSoIsOneAfterTheFolderWasDeletedAndRestored() throws Exception {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of(new QuestionCatalogueParser()));
		runtime.reload();
		try (RuleWatcher watcher = new RuleWatcher(runtime, Duration.ofMillis(100))) {
			String first = runtime.current().version();
			append(workspace.rules().resolve("maturity/caps.drl"));
			String second = awaitVersionOtherThan(runtime, first);

			// a restore that deletes the folder, and a moment later copies it back
			TestWorkspace.deleteRecursively(workspace.rules());
			Thread.sleep(500);
			workspace.resetRules();
			String restored = awaitVersionOtherThan(runtime, second);
			assertThat(restored).isEqualTo(first);
			append(workspace.rules().resolve("maturity/confidence.drl"));
			assertThat(awaitVersionOtherThan(runtime, first)).isNotEqualTo(second);
		}
	}

	@Test
	void anEditRightAfterTheFolderWasReplacedAtOnceIsPublishedEveryTime() throws Exception {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of(new QuestionCatalogueParser()));
		runtime.reload();
		try (RuleWatcher watcher = new RuleWatcher(runtime, Duration.ofMillis(100))) {
			String shipped = runtime.current().version();
			for (int round = 0; round < 5; round++) {
				// as the acceptance steps and a checkout do: the whole folder deleted and
				// copied back at once, then a file in a folder made during the copy
				// edited
				workspace.resetRules();
				Thread.sleep(round * 70L);
				append(workspace.rules().resolve("risk/quality.drl"));
				String edited = awaitVersionOtherThan(runtime, shipped);
				assertThat(edited).as("round %d", round).isNotEqualTo(shipped);
				workspace.resetRules();
				assertThat(awaitVersionOtherThan(runtime, edited)).isEqualTo(shipped);
			}
		}
	}

	private static void append(Path file) throws IOException {
		Files.writeString(file, Files.readString(file) + "\n// edited " + System.nanoTime() + "\n");
	}

	private static String awaitVersionOtherThan(RuleRuntime runtime, String version) throws InterruptedException {
		// a whole rule set compiles in 2-5 s on an idle machine, 25 s on a loaded one
		Instant deadline = Instant.now().plusSeconds(60);
		while (runtime.current().version().equals(version) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(runtime.current().version()).as("a new version within 60 s").isNotEqualTo(version);
		return runtime.current().version();
	}

}
