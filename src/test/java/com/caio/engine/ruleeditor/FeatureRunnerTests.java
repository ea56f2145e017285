package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.caio.engine.TestWorkspace;
import org.junit.jupiter.api.Test;

/**
 * The child JVM that runs a rule base's features: stopped, with everything it started, at
 * its time limit, and the reason said; a start-up failure reduced to its root cause.
 */
class FeatureRunnerTests {

	@Test
	void aRunPastItsTimeLimitIsStoppedWithTheProcessesItStartedAndSaysSo() {
		FeatureRunner runner = new FeatureRunner("", Duration.ofSeconds(3), "256m");
		List<Long> before = children();

		// the shipped rules, so the child is still starting its server at the limit: with
		// no rules it could fail on its own before it, and say so instead
		FeatureRunner.Outcome outcome = runner.run("risk", shippedRules());

		assertThat(outcome.ran()).isTrue();
		assertThat(outcome.reason()).isEqualTo("they did not finish within 3 s and were stopped");
		assertThat(outcome.state()).isEqualTo("failed");
		assertThat(children()).as("no child JVM is left running").isEqualTo(before);
	}

	@Test
	void aStartUpFailureIsToldByItsRootCause() {
		assertThat(FeatureRunner.cause(List.of("Exception in thread \"main\" java.lang.IllegalStateException: wrapped",
				"\tat a.b.C.d(C.java:1)",
				"Caused by: com.caio.engine.server.DataDirException: The data folder x is in use.", "\t... 3 more")))
			.isEqualTo("The data folder x is in use.");
		assertThat(FeatureRunner.cause(List.of("Error: Could not find or load main class x")))
			.isEqualTo("Error: Could not find or load main class x");
		assertThat(FeatureRunner.minutes(Duration.ofMinutes(5))).isEqualTo("5 minutes");
	}

	@Test
	void aFailureMessageIsToldOnOneLineWithWhatWasExpectedAndWhatWasFound() {
		assertThat(FeatureMessages
			.firstLines("[R-04 band] \nexpected: \"Critical\"\n but was: \"High\"\n\tat x.Y.z(Y.java:1)"))
			.isEqualTo("[R-04 band] expected: \"Critical\" but was: \"High\"");
		assertThat(FeatureMessages.firstLines("x".repeat(300))).hasSize(240).endsWith("…");
	}

	private static Map<String, byte[]> shippedRules() {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(TestWorkspace.SHIPPED_RULES)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(TestWorkspace.SHIPPED_RULES.relativize(file).toString().replace('\\', '/'),
						Files.readAllBytes(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static List<Long> children() {
		return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList();
	}

}
