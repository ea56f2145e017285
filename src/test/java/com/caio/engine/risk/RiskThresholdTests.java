package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every band edge of bands.drl.csv on both sides, and the roadmap's order and gaps as the
 * rules decide them.
 */
class RiskThresholdTests {

	private static RuleSet rules;

	@BeforeAll
	static void compile() {
		RuleRuntime runtime = new RuleRuntime(Path.of("rules"), List.of());
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		rules = runtime.current();
	}

	@Test
	void aCellOnABandMinimumReachesTheBandAndOneBelowDoesNot() throws Exception {
		for (String line : Files.readAllLines(Path.of("rules/risk/bands.drl.csv"))) {
			if (!line.startsWith("RISK-BAND-")) {
				continue;
			}
			String[] cells = line.split(",");
			int min = Integer.parseInt(cells[1]);
			int severity = Integer.parseInt(cells[2]);
			for (int l = 1; l <= 5; l++) {
				for (int i = 1; i <= 5; i++) {
					CellBand band = band(l, i);
					if (l * i == min) {
						assertThat(band.severity()).as("L%d x I%d = %d on %s", l, i, min, cells[0]).isEqualTo(severity);
					}
					if (l * i == min - 1) {
						assertThat(band.severity()).as("L%d x I%d = %d below %s", l, i, min - 1, cells[0])
							.isLessThan(severity);
					}
				}
			}
		}
	}

	@Test
	void theRoadmapOrderAndItsGapsComeFromTheRules() {
		Risk free = risk("A", 0.0, "Ann");
		Risk cheap = risk("B", 1000.0, "");
		Risk dear = risk("C", 100000.0, "Cy");
		Risk uncosted = risk("D", null, "Di");
		List<Object> facts = run(List.of(free, cheap, dear, uncosted));
		List<ActionPriority> priorities = new ArrayList<>();
		List<RoadmapGap> gaps = new ArrayList<>();
		facts.forEach(f -> {
			if (f instanceof ActionPriority p) {
				priorities.add(p);
			}
			if (f instanceof RoadmapGap g) {
				gaps.add(g);
			}
		});
		assertThat(priorities).extracting(ActionPriority::rule)
			.containsExactlyInAnyOrder("RISK-PRIO-001", "RISK-PRIO-002", "RISK-PRIO-002", "RISK-PRIO-003");
		java.util.Map<String, ActionPriority> byRisk = new java.util.HashMap<>();
		priorities.forEach(p -> byRisk.put(p.risk().id(), p));
		java.util.Map<String, List<String>> missing = new java.util.HashMap<>();
		gaps.forEach(g -> missing.put(g.risk().id(), g.missing()));
		List<RiskReport.Action> actions = Remediation.actions(List.of(uncosted, dear, cheap, free), byRisk, missing);
		assertThat(actions).extracting(RiskReport.Action::riskId).containsExactly("A", "B", "C", "D");
		assertThat(actions.get(1).missing()).containsExactly("owner", "due date");
		assertThat(actions.get(0).missing()).containsExactly("due date");
	}

	private static Risk risk(String id, Double cost, String owner) {
		return new Risk(id, "Risk " + id, "Model", owner, "", "", 4, 4, "Act on " + id, cost, 2, 2, null, "criterion",
				1, "", List.of());
	}

	private static CellBand band(int l, int i) {
		return run(List.of(new HeatCell(l, i))).stream()
			.filter(CellBand.class::isInstance)
			.map(CellBand.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static List<Object> run(List<Object> facts) {
		return new ArrayList<>(rules.evaluate("risk", facts).all(Object.class));
	}

}
