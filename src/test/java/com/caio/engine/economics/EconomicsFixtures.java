package com.caio.engine.economics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The shipped example, read as the CLI reads it, and the shipped rules. */
final class EconomicsFixtures {

	static final Path EXAMPLE = Path.of("examples/economics.yaml");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private EconomicsFixtures() {
	}

	static RuleSet rules() {
		return ShippedRules.get();
	}

	static byte[] exampleBytes() {
		try {
			return Files.readAllBytes(EXAMPLE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static EngagementEconomics example() {
		return new EconomicsReader().read(exampleBytes(), "economics.yaml");
	}

	static EconomicsResult assess(EngagementEconomics input) {
		return new EconomicsAssessor().assess(rules(), input);
	}

	/** The example's tree, for edits. */
	static ObjectNode tree() {
		return (ObjectNode) YAML.readTree(exampleBytes());
	}

	static EngagementEconomics read(JsonNode tree) {
		return new EconomicsReader().read(YAML.writeValueAsBytes(tree), "economics.yaml");
	}

}
