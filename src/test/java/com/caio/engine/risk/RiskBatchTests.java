package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.ShippedRules;
import com.caio.engine.TestWorkspace;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register in batches of risks, one session each: the same report as one session over
 * the whole register while the rules decide each risk on its own, and one session when a
 * rule looks at several risks.
 */
class RiskBatchTests {

	private TestWorkspace workspace;

	private RuleRuntime runtime;

	@BeforeEach
	void riskRules() throws java.io.IOException {
		workspace = TestWorkspace.create("risk-batches");
		try (var folders = Files.list(workspace.rules())) {
			folders.filter(f -> Files.isDirectory(f) && !f.getFileName().toString().equals("risk"))
				.forEach(TestWorkspace::deleteRecursively);
		}
		runtime = new RuleRuntime(workspace.rules(), List.of());
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void theShippedRulesInBatchesGiveTheReportOfOneSession() throws Exception {
		RuleSet rules = ShippedRules.get();
		assertThat(rules.rowsIndependent(RiskScorer.RULES_FOLDER, RiskScorer.SHARED)).isTrue();
		Register register = generated(12_000);
		List<Object> shared = new ArrayList<>(RiskScorer.cellBands(rules).bands());
		assertThat(new RiskScorer(1000).batches(rules, shared, register.risks())).hasSize(12);

		RiskReport oneSession = report(rules, register, Integer.MAX_VALUE);
		RiskReport batches = report(rules, register, 1000);
		RiskReport uneven = report(rules, register, 777);

		assertThat(batches).isEqualTo(oneSession);
		assertThat(uneven).isEqualTo(oneSession);
		assertThat(oneSession.findings()).extracting(f -> f.ruleId())
			.contains("RISK-ESC-001", "RISK-ESC-002", "RISK-ESC-003", "RISK-QUAL-001", "RISK-QUAL-002",
					"RISK-ROAD-001");
	}

	@Test
	void aRuleOverSeveralRisksKeepsOneSession() throws Exception {
		Files.writeString(workspace.rules().resolve("risk/register-size.drl"), """
				package risk;

				import java.util.List;
				import com.caio.engine.risk.Risk;
				import com.caio.engine.rules.Finding;

				rule "RISK-TEST-002 A register's Critical count is reported"
				    @id("RISK-TEST-002")
				when
				    $n : Number( ) from accumulate( Risk( likelihood * impact >= 15 ), count( 1 ) )
				then
				    insert( Finding.of( drools.getRule(), Finding.INFO, "register", "register",
				            $n + " risks of score 15 or more.", List.of() ) );
				end
				""");
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		RuleSet rules = runtime.current();
		assertThat(rules.rowsIndependent(RiskScorer.RULES_FOLDER, RiskScorer.SHARED)).isFalse();
		Register register = generated(5000);
		assertThat(new RiskScorer(1000).batches(rules, new ArrayList<>(), register.risks())).hasSize(1);

		RiskReport report = report(rules, register, 1000);

		long critical = register.risks().stream().filter(r -> r.score() >= 15).count();
		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("RISK-TEST-002"))
			.extracting(f -> f.message())
			.containsExactly(critical + " risks of score 15 or more.");
	}

	@Test
	void rulesThatJoinTwoRisksOrLookForNoneAreNotIndependent() throws Exception {
		Files.writeString(workspace.rules().resolve("risk/pairs.drl"), """
				package risk;

				import java.util.List;
				import com.caio.engine.risk.Risk;
				import com.caio.engine.rules.Finding;

				rule "RISK-TEST-003 Two risks of one owner"
				    @id("RISK-TEST-003")
				when
				    $a : Risk( owner != "" )
				    $b : Risk( owner == $a.owner, id > $a.id )
				then
				    insert( Finding.of( drools.getRule(), Finding.INFO, "register", $a.id(), $b.id(), List.of() ) );
				end
				""");
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		assertThat(runtime.current().rowsIndependent(RiskScorer.RULES_FOLDER, RiskScorer.SHARED)).isFalse();

		Files.writeString(workspace.rules().resolve("risk/pairs.drl"), """
				package risk;

				import java.util.List;
				import com.caio.engine.risk.Risk;
				import com.caio.engine.rules.Finding;

				rule "RISK-TEST-004 A register without a Severe risk"
				    @id("RISK-TEST-004")
				when
				    not Risk( impact == 5 )
				then
				    insert( Finding.of( drools.getRule(), Finding.INFO, "register", "register", "none", List.of() ) );
				end
				""");
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		assertThat(runtime.current().rowsIndependent(RiskScorer.RULES_FOLDER, RiskScorer.SHARED)).isFalse();
	}

	@Test
	void titlesAreTheSameIgnoringCaseAndRunsOfWhiteSpace() {
		String[] titles = { "Model drift", "model  drift", " MODEL drift\t", "Model\u2003drift", "Modeldrift",
				"Model drift x", "x Model drift", "Model\t \n drift", "Model drift ", "İstanbul risk", "i̇stanbul risk",
				"ß risk", "SS risk", "  ", "a", "A", "a b", "ab", "a  b", "\ta\tb\t" };
		List<Risk> risks = new ArrayList<>();
		for (int n = 0; n < titles.length; n++) {
			risks.add(
					new Risk("T" + n, titles[n], "", "", "", "", 1, 1, "", null, 1, 1, null, "", n + 2, "", List.of()));
		}
		Map<String, List<String>> expected = new LinkedHashMap<>();
		for (Risk risk : risks) {
			expected.computeIfAbsent(oracle(risk.title()), k -> new ArrayList<>()).add(risk.id());
		}
		List<List<String>> shared = expected.values().stream().filter(ids -> ids.size() > 1).toList();

		assertThat(RiskScorer.duplicateTitles(risks)).extracting(DuplicateTitle::riskIds)
			.containsExactlyInAnyOrderElementsOf(shared);
		assertThat(RiskScorer.duplicateTitles(risks)).extracting(DuplicateTitle::title).contains("Model drift", "a");
	}

	/** Lower case char by char, white space stripped and runs of it as one space. */
	private static String oracle(String title) {
		String spaced = String.join(" ", title.strip().split("\\p{javaWhitespace}+"));
		StringBuilder lower = new StringBuilder();
		spaced.chars().forEach(c -> lower.append(Character.toLowerCase((char) c)));
		return lower.toString();
	}

	private static Register generated(int risks) throws Exception {
		Path file = Files.createTempFile("risk-batches", ".csv");
		try {
			RegisterGenerator.write(file, risks, 7);
			Register read;
			try (InputStream in = Files.newInputStream(file)) {
				read = new RegisterReader().read(in);
			}
			// some mitigations without a cost (RISK-QUAL-001), some titles repeated in
			// another case (RISK-QUAL-002)
			Register register = new Register();
			for (Risk r : read.risks()) {
				boolean uncosted = r.line() % 7 == 0;
				String title = r.line() % 101 == 0 ? "  REPEATED  title " + r.line() % 3 : r.title();
				register.accept(new Risk(r.id(), title, r.category(), r.owner(), r.description(), r.dimension(),
						r.likelihood(), r.impact(), r.mitigation(), uncosted ? null : r.mitigationCost(),
						r.mitigatedLikelihood(), r.mitigatedImpact(), r.dueDate(), r.successCriterion(), r.line(),
						r.derivedBy(), r.evidence()));
			}
			return register;
		}
		finally {
			Files.delete(file);
		}
	}

	private static RiskReport report(RuleSet rules, Register register, int batch) {
		RiskInput input = new RiskInput(register, List.of(), null);
		return RiskCapability.report(input, new RiskScorer(batch).score(rules, register.risks(), List.of()));
	}

}
