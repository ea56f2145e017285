package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.ShippedRules;
import com.caio.engine.TestWorkspace;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code target/acceptance-matrix.html} from the shipped rules, the features and
 * this run's Cucumber messages (the build runs it after the other tests), and fails when
 * a criterion has no rule or no scenario, or a scenario failed.
 */
class AcceptanceMatrixTests {

	static final Path RESULTS = Path.of("target/cucumber/messages.ndjson");

	@Test
	void everyCriterionHasARuleAndAScenarioThatPassed() throws Exception {
		AcceptanceMatrix.Matrix matrix = AcceptanceMatrix.build(AcceptanceRules.rules(ShippedRules.get()),
				Path.of("features"), RESULTS);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/acceptance-matrix.html"), AcceptanceMatrix.html(matrix));
		assertThat(matrix.problems()).isEmpty();
		assertThat(matrix.rows()).hasSize(36).allSatisfy(row -> {
			assertThat(row.ruleId()).isEqualTo(row.criterionId());
			assertThat(row.scenarios()).isNotEmpty();
		});
		if (Files.exists(RESULTS)) {
			assertThat(matrix.rows()).extracting(AcceptanceMatrix.Row::lastResult).containsOnly("PASSED");
		}
	}

	@Test
	void aCriterionWithoutARuleOrAScenarioIsAProblem() throws Exception {
		Path features = Files.createTempDirectory("features");
		Files.writeString(features.resolve("one.feature"), """
				Feature: one
				  Scenario: AC-CMO-PILOT-1 the pilot plan
				    Given nothing
				""");
		AcceptanceMatrix.Matrix matrix = AcceptanceMatrix.build(java.util.Map.of(), features, Path.of("absent.ndjson"));
		assertThat(matrix.problems()).hasSize(36 + 35);
		assertThat(matrix.problems())
			.contains("AC-CMO-PILOT-2 has no scenario in " + features + " (a scenario whose name carries the id)");
		assertThat(matrix.problems()).anyMatch(p -> p.startsWith("AC-CMO-PILOT-1 has no rule"));
		TestWorkspace.deleteRecursively(features);
	}

}
