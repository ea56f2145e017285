package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.bench.PeerAgreement;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pandas and polars scripts that {@code bench pilot --peers} races
 * (bench/peers/pilot_*.py) do the engine's work: on the example units with the example
 * plan, and on the benchmark's generated units (mixed-case arms, true/false, bad rows)
 * with the benchmark's plan, every count, statistic, planned sample, rejected row and the
 * decision with its rules are the engine's. Skipped (an assumption) where python3 has
 * neither library.
 */
class PilotPeersTests {

	private final RuleSet rules = PilotTestRules.rules();

	@TempDir
	Path scratch;

	@Test
	void thePeersEvaluateTheExampleAsTheEngineDoes() throws Exception {
		Path plan = Path.of("examples/pilot-plan.yaml");
		EvaluationInput context = new PilotInputs(JsonMapper.builder().build()).context(plan);
		Path units = Path.of("examples/pilot-units.csv");
		PilotEvaluation evaluation = evaluate(units, context);
		assertThat(evaluation.rejectedCount()).isEqualTo(2);
		PeerAgreement.check("pilot", units, evaluation, scratch, plan.toString());
	}

	@Test
	void thePeersEvaluateTheBenchmarksUnitsAsTheEngineDoes() throws Exception {
		Path units = scratch.resolve("units.csv");
		PilotBenchCli.generate(units, 300_000);
		PilotEvaluation evaluation = evaluate(units,
				new EvaluationInput(PilotBenchCli.plan(), null, null, null, java.util.List.of()));
		assertThat(evaluation.rejectedCount()).isGreaterThan(5);
		PeerAgreement.check("pilot", units, evaluation, scratch);
	}

	/** What PilotService.evaluateUnits does, without its store. */
	private PilotEvaluation evaluate(Path units, EvaluationInput context) throws Exception {
		PilotDesign design = PilotCapability.design(context.plan(), rules);
		UnitTally tally;
		try (InputStream in = Files.newInputStream(units)) {
			tally = new UnitCsvReader(UnitLayout.of(context.plan(), design.kind())).read(in);
		}
		return Evaluator.evaluate(
				rules, design, tally.control(), tally.treatment(), new Evaluator.Source(units.getFileName().toString(),
						null, tally.rows(), tally.rejectedCount(), tally.rejected()),
				context.closedOn(), context.risks());
	}

}
