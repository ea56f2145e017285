package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;

/**
 * A rule's id is written once, in its {@code @id}: what a rule produces (a finding, a
 * derived risk, a cap, a verdict) takes its id from the rule ({@code Finding.ruleId(
 * drools.getRule())}), so renaming the id cannot leave a stale copy behind. Checked on
 * the parsed rules, not their text.
 */
class RuleIdsWrittenOnceTests {

	private static final Pattern ID_LITERAL = Pattern.compile("\"([A-Z]+(?:-[A-Z0-9]+)*-\\d{3})\"");

	@Test
	void noShippedRuleRepeatsARuleIdInItsConsequence() throws Exception {
		List<String> repeats = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
			files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(20);
		for (Path file : files) {
			for (RuleDescr rule : parse(file).getRules()) {
				Matcher m = ID_LITERAL.matcher(String.valueOf(rule.getConsequence()));
				while (m.find()) {
					repeats.add(file + ": rule \"" + rule.getName() + "\" writes " + m.group(1));
				}
			}
		}
		assertThat(repeats).isEmpty();
	}

	@Test
	void theCheckFindsARepeatedId() throws Exception {
		Path file = Files.createTempFile("repeat", ".drl");
		Files.writeString(file, """
				package risk;
				rule "RISK-X-001 a rule" @id("RISK-X-001")
				when
				then
				    System.out.println( "RISK-X-001" );
				end
				""");
		RuleDescr rule = parse(file).getRules().get(0);
		assertThat(ID_LITERAL.matcher(String.valueOf(rule.getConsequence())).find()).isTrue();
		Files.delete(file);
	}

	private static PackageDescr parse(Path file) throws IOException, org.drools.drl.parser.DroolsParserException {
		DrlParser parser = new DrlParser();
		PackageDescr descr = parser.parse(false,
				new java.io.StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		assertThat(parser.hasErrors()).as("%s parses", file).isFalse();
		return descr;
	}

}
