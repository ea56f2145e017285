package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue of the shipped rules: every rule has an id, ids are unique, each
 * starts with its capability's prefix (from rules/id-prefixes.properties, so a new
 * capability adds its own line), and the table rows show their policy values.
 */
class RuleCatalogueTests {

	static List<RuleCatalogue.Entry> catalogue;

	@BeforeAll
	static void compileShippedRules() {
		RuleCompiler.Build build = new RuleCompiler(List.of(), RuleLimits.DEFAULT).build(Path.of("rules"));
		assertThat(build.messages()).as("the shipped rules compile clean").isEmpty();
		catalogue = build.catalogue();
	}

	@Test
	void everyShippedRuleIsListedWithAnId() {
		assertThat(catalogue).hasSizeGreaterThan(50);
		assertThat(catalogue)
			.allSatisfy(e -> assertThat(e.id()).as("@id of %s in %s", e.name(), e.file()).isNotBlank());
	}

	@Test
	void idsAreUnique() {
		Map<String, Long> counts = catalogue.stream()
			.collect(Collectors.groupingBy(RuleCatalogue.Entry::id, Collectors.counting()));
		assertThat(counts).allSatisfy((id, n) -> assertThat(n).as("rules with id %s", id).isEqualTo(1L));
	}

	@Test
	void everyIdStartsWithItsCapabilitysPrefix() throws IOException {
		Properties prefixes = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("rules/id-prefixes.properties"), StandardCharsets.UTF_8)) {
			prefixes.load(in);
		}
		assertThat(catalogue).allSatisfy(e -> {
			assertThat(prefixes.getProperty(e.folder())).as("prefix of rules folder %s", e.folder()).isNotNull();
			assertThat(e.id()).as("id of %s", e.name()).startsWith(prefixes.getProperty(e.folder()));
		});
	}

	@Test
	void aTableRowShowsItsPolicyValuesAndAFindingItsSeverity() {
		Map<String, RuleCatalogue.Entry> byId = catalogue.stream()
			.collect(Collectors.toMap(RuleCatalogue.Entry::id, Function.identity()));
		RuleCatalogue.Entry critical = byId.get("RISK-BAND-CRIT");
		assertThat(critical.file()).endsWith("rules/risk/bands.drl.csv");
		assertThat(critical.line()).isEqualTo(10);
		assertThat(critical.policy()).containsExactly("Score at least: 15", "Severity: 4", "Colour: #d73027",
				"Band name: Critical");
		RuleCatalogue.Entry disagreement = byId.get("MAT-DIS-001");
		assertThat(disagreement.severity()).isEqualTo("warning");
		// its numbers are policy rows now: the catalogue shows them on the policy table's
		// rows
		RuleCatalogue.Entry sd = byId.get("MAT-POL-DIS-SD");
		assertThat(sd.file()).endsWith("rules/maturity/policy.drl.csv");
		assertThat(sd.policy()).contains("Name: disagreement-sd", "Value: 1.2");
		assertThat(RuleCatalogue.markdown(catalogue)).contains(
				"| MAT-DIS-001 | MAT-DIS-001 Respondents strongly disagree on a question | rules/maturity/disagreement.drl:");
	}

}
