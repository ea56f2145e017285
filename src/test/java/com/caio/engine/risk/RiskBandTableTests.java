package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.caio.engine.ShippedRules;
import com.caio.engine.TestWorkspace;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cells banded once per rule set: a large table gives the bands its rows mean, ties
 * between equally severe rows are decided, and an edit to the table takes effect on the
 * next request.
 */
class RiskBandTableTests {

	private TestWorkspace workspace;

	private RuleRuntime runtime;

	private final RiskCapability capability = new RiskCapability(id -> Optional.empty());

	@BeforeEach
	void shippedRiskRules() throws java.io.IOException {
		workspace = TestWorkspace.create("risk-band-table");
		try (var folders = Files.list(workspace.rules())) {
			// the risk rules alone: the other folders' compilation is not under test
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
	void aThousandRowTableWithTheShippedMeaningGivesTheShippedBandOnEveryCellAndTheSameReport() throws Exception {
		Map<String, byte[]> files = BandTables.withThousandRows(runtime.servingFiles());
		RuleRuntime.Candidate big = runtime.compile(files);
		assertThat(big.messages()).isEmpty();

		List<CellBand> shippedBands = RiskScorer.cellBands(runtime.current()).bands();
		List<CellBand> bigBands = RiskScorer.cellBands(big.ruleSet()).bands();

		assertThat(bigBands).hasSize(25).containsExactlyInAnyOrderElementsOf(shippedBands);
		String table = new String(files.get("risk/bands.drl.csv"), StandardCharsets.UTF_8);
		for (CellBand band : bigBands) {
			assertThat(band).as("L%d x I%d", band.likelihood(), band.impact())
				.isEqualTo(oracle(table, band.likelihood(), band.impact()));
		}
		assertThat(rank(big.ruleSet(), Path.of("examples/risk-register.csv")))
			.isEqualTo(rank(runtime.current(), Path.of("examples/risk-register.csv")));
	}

	@Test
	void anEditToTheTableTakesEffectOnTheNextRequest() throws Exception {
		Register register = RiskFixtures.read(RiskFixtures.HEADER, "A,a,c,o,4,4,,,,,,");
		assertThat(RiskFixtures.risk(assess(runtime.current(), register), "A").band()).isEqualTo("Critical");

		assertThat(runtime.publish(ShippedRules.withCriticalFrom(runtime.servingFiles(), 17), "user:rosa", "")
			.lastBuildSucceeded()).isTrue();

		RiskReport next = assess(runtime.current(), register);
		assertThat(RiskFixtures.risk(next, "A").band()).isEqualTo("High");
		assertThat(RiskFixtures.findings(next, "RISK-ESC-001")).isEmpty();
	}

	@Test
	void ofTwoRowsEquallySevereTheRowWhoseNameComesFirstDecides() {
		Map<String, byte[]> files = runtime.servingFiles();
		String bands = new String(files.get("risk/bands.drl.csv"), StandardCharsets.UTF_8);
		files.put("risk/bands.drl.csv", (bands.strip() + "\nRISK-BAND-AAA Critical too from 12,12,4,#000000,Severe\n")
			.getBytes(StandardCharsets.UTF_8));
		RuleSet rules = runtime.compile(files).ruleSet();

		List<CellBand> cells = RiskScorer.cellBands(rules).bands();

		assertThat(cells).hasSize(25);
		assertThat(cells).filteredOn(c -> c.likelihood() * c.impact() >= 12)
			.isNotEmpty()
			.allSatisfy(c -> assertThat(c.band()).isEqualTo("Severe"));
		assertThat(cells).filteredOn(c -> c.likelihood() * c.impact() < 12)
			.noneSatisfy(c -> assertThat(c.band()).isEqualTo("Severe"));
	}

	@Test
	void aRuleThatFiresWithoutFactsFiresInTheRequestItsFactsMake() throws Exception {
		Files.writeString(workspace.rules().resolve("risk/empty-register.drl"), """
				package risk;

				import java.util.List;
				import com.caio.engine.risk.Risk;
				import com.caio.engine.rules.Finding;

				rule "RISK-TEST-001 An empty register is reported"
				    @id("RISK-TEST-001")
				when
				    not Risk( )
				then
				    insertLogical( Finding.of( drools.getRule(), Finding.WARNING, "register", "register",
				            "The register has no risks.", List.of() ) );
				end
				""");
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		RiskScorer scorer = new RiskScorer();

		List<Finding> empty = scorer.score(runtime.current(), List.of(), List.of()).findings();
		List<Finding> one = scorer
			.score(runtime.current(), RiskFixtures.read(RiskFixtures.HEADER, "A,a,c,o,1,1,,,,,,").risks(), List.of())
			.findings();

		assertThat(empty).filteredOn(f -> f.ruleId().equals("RISK-TEST-001")).hasSize(1);
		assertThat(one).noneMatch(f -> f.ruleId().equals("RISK-TEST-001"));
	}

	/**
	 * The band a cell takes read from the table's rows by hand: the most severe row whose
	 * minimum the score reaches, of equally severe rows the first by name.
	 */
	private static CellBand oracle(String table, int likelihood, int impact) {
		List<String[]> reached = new ArrayList<>();
		for (String line : table.split("\n")) {
			String[] cells = line.split(",");
			if (line.startsWith("RISK-BAND-") && Double.parseDouble(cells[1]) <= likelihood * impact) {
				reached.add(cells);
			}
		}
		reached
			.sort((a, b) -> a[2].equals(b[2]) ? a[0].compareTo(b[0]) : Integer.parseInt(b[2]) - Integer.parseInt(a[2]));
		String[] row = reached.get(0);
		return new CellBand(likelihood, impact, Integer.parseInt(row[2]), row[4].strip(), row[3], row[0]);
	}

	private RiskReport rank(RuleSet rules, Path register) throws Exception {
		try (InputStream in = Files.newInputStream(register)) {
			return assess(rules, new RegisterReader().read(in));
		}
	}

	private RiskReport assess(RuleSet rules, Register register) {
		return capability.assess(new RiskInput(register, List.of(), null), rules);
	}

}
