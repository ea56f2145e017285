package com.caio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings are sentences an executive reads: no snake_case field or dimension ids and no
 * "(s)" plurals in any finding message of any shipped example.
 */
class FindingSentencesTests {

	private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "maturity, examples/survey-wide.csv, true", "maturity, examples/survey-long.csv, true",
			"maturity, examples/survey-forms-export.csv, true", "risk, examples/risk-register.csv, true",
			"businesscase, examples/business-case.yaml, false", "pilot, examples/pilot-plan.yaml, false",
			"economics, examples/economics.yaml, true", "onboarding, examples/onboarding.yaml, false",
			"opportunities, examples/opportunity-backlog.csv, false",
			"upskilling, examples/upskilling/programme.yaml, true" })
	void findingMessagesAreSentences(String kind, String example, boolean hasFindings) throws Exception {
		Capability<?, ?> capability = DeterminismTests.capability(kind);
		JsonNode result = JsonMapper.builder().build().valueToTree(assess(capability, Path.of(example)));
		List<String> messages = new ArrayList<>();
		collect(result, messages);
		if (hasFindings) {
			assertThat(messages).as("finding messages of %s", example).isNotEmpty();
		}
		assertThat(messages).allSatisfy(m -> {
			assertThat(SNAKE_CASE.matcher(m).find()).as("snake_case in: %s", m).isFalse();
			assertThat(m).doesNotContain("(s)");
		});
	}

	private static <I, R> R assess(Capability<I, R> capability, Path file) {
		RuleSet rules = ShippedRules.get();
		return capability.assess(capability.read(Source.file(file), rules), rules);
	}

	/** Every "message" beside a "ruleId": the findings, wherever a result keeps them. */
	private static void collect(JsonNode node, List<String> messages) {
		if (node.isObject()) {
			if (node.has("ruleId") && node.has("message") && node.get("message").isString()) {
				messages.add(node.get("message").asString());
			}
			node.properties().forEach(e -> collect(e.getValue(), messages));
		}
		else if (node.isArray()) {
			node.forEach(n -> collect(n, messages));
		}
	}

}
