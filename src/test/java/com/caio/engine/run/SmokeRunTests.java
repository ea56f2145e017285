package com.caio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.caio.engine.ShippedRules;
import com.caio.engine.maturity.QuestionCatalogueParser;
import com.caio.engine.onboarding.PlanTemplateParser;
import com.caio.engine.rules.RuleLimits;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A rule set that compiles but fails on a shipped example is not published, and the rule
 * set serving keeps serving (the smoke run of issue "Close the ways in", 3).
 */
class SmokeRunTests {

	/** The examples the application's properties list, as the server reads them. */
	private static Map<String, List<Path>> shippedExamples() throws IOException {
		java.util.Properties properties = new java.util.Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		return SmokeRun.parse(List.of(properties.getProperty("caio.rules.smoke-examples").split(",")));
	}

	@Test
	void everyCapabilityWithAnExampleIsTriedAndTheShippedRulesPass() throws Exception {
		Map<String, List<Path>> examples = shippedExamples();
		assertThat(examples.keySet()).contains("maturity", "risk", "businesscase", "pilot", "economics", "onboarding",
				"opportunities");
		List<RuleMessage> problems = SmokeRun.check(examples, SmokeRunTests::capability, ShippedRules.get());
		assertThat(problems).isEmpty();
	}

	@Test
	void aRuleThatThrowsOnAnExampleIsNotPublishedAndTheLastGoodRulesKeepServing(@TempDir Path dir) throws Exception {
		Path rules = dir.resolve("rules");
		FileSystemUtils.copyRecursively(ShippedRules.folder(), rules);
		RuleRuntime runtime = new RuleRuntime(rules, List.of(new QuestionCatalogueParser(), new PlanTemplateParser()),
				new RuleLimits(1_000_000, Duration.ofMinutes(5)));
		Map<String, List<Path>> examples = Map.of("maturity", List.of(Path.of("examples/survey-wide.csv")));
		List<java.util.Set<String>> asked = new java.util.ArrayList<>();
		runtime.checkWith(() -> List.of((candidate, changed) -> {
			asked.add(changed);
			return SmokeRun.check(examples, SmokeRunTests::capability, candidate);
		}));
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		String good = runtime.current().version();
		assertThat(asked).singleElement()
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
			.contains("maturity", "risk", "pilot");

		// compiles, passes the rule policy, and throws on the first dimension score it
		// meets
		Files.writeString(rules.resolve("maturity/breaks.drl"), """
				package maturity;

				import java.util.List;
				import com.caio.engine.maturity.DimensionScore;

				rule "MAT-SMOKE-001 reads past the end of an empty list"
				    @id("MAT-SMOKE-001")
				when
				    DimensionScore()
				then
				    List.of().get( 0 );
				end
				""");
		RuleRuntime.Status status = runtime.reload();

		assertThat(status.lastBuildSucceeded()).isFalse();
		// only the folder that changed is tried again
		assertThat(asked.get(asked.size() - 1)).containsExactly("maturity");
		assertThat(status.messages()).anySatisfy(m -> {
			assertThat(m.isError()).isTrue();
			assertThat(m.file()).isEqualTo("examples/survey-wide.csv");
			assertThat(m.message()).contains("rules/maturity").contains("not published");
		});
		assertThat(runtime.current().version()).isEqualTo(good);

		Files.delete(rules.resolve("maturity/breaks.drl"));
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		assertThat(runtime.current().version()).isEqualTo(good);
	}

	@Test
	void aMissingExampleIsAWarningNotARefusal() {
		List<RuleMessage> problems = SmokeRun.check(Map.of("maturity", List.of(Path.of("examples/no-such.csv"))),
				SmokeRunTests::capability, ShippedRules.get());
		assertThat(problems).singleElement().satisfies(m -> assertThat(m.isError()).isFalse());
	}

	private static Capability<?, ?> capability(String kind) {
		try {
			return DeterminismTests.capability(kind);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
