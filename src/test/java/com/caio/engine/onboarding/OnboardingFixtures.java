package com.caio.engine.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.onboarding.model.OnboardingInput;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped example and the shipped rules with the plan template. */
final class OnboardingFixtures {

	static final Path EXAMPLE = Path.of("examples/onboarding.yaml");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static RuleSet rules;

	private OnboardingFixtures() {
	}

	static synchronized RuleSet rules() {
		if (rules == null) {
			rules = compile(Path.of("rules"));
		}
		return rules;
	}

	static RuleSet compile(Path folder) {
		RuleRuntime runtime = new RuleRuntime(folder, List.of(new PlanTemplateParser()));
		RuleRuntime.Status status = runtime.reload();
		if (!status.lastBuildSucceeded() || !status.messages().isEmpty()) {
			throw new IllegalStateException(status.messages().toString());
		}
		return runtime.current();
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
