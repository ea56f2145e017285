package com.caio.engine.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped example and the shipped rules with the plan template. */
final class OnboardingFixtures {

	static final Path EXAMPLE = Path.of("examples/onboarding.yaml");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private OnboardingFixtures() {
	}

	static RuleSet rules() {
		return ShippedRules.get();
	}

	static ObjectNode tree() {
		try {
			return (ObjectNode) YAML.readTree(Files.readAllBytes(EXAMPLE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static OnboardingInput read(JsonNode tree) {
		return new OnboardingReader().read(YAML.writeValueAsBytes(tree), "onboarding.yaml");
	}

	static OnboardingInput example() {
		return read(tree());
	}

	static OnboardingResult assess(OnboardingInput input) {
		return new OnboardingAssessor().assess(rules(), input);
	}

}
