package com.caio.engine.pilot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.ReadableText;
import com.caio.engine.ShippedRules;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation text of every shipped pilot example ({@code pilot evaluate}, aggregates
 * and per-unit CSVs) reads as sentences for people ({@link ReadableText}).
 */
class PilotTextReportsTests {

	private static final RuleSet RULES = ShippedRules.get();

	private final PilotInputs inputs = new PilotInputs(JsonMapper.builder().build());

	@Test
	void theAggregatesExampleReadsAsSentences() {
		EvaluationInput input = inputs.read(Path.of("examples/pilot-evaluation.yaml"), EvaluationInput.class);
		PilotDesign design = PilotCapability.design(input.plan(), RULES);
		PilotEvaluation e = Evaluator.evaluate(RULES, design,
				input.control().validate("control", "control", design.kind()),
				input.treatment().validate("treatment", "treatment", design.kind()), Evaluator.Source.AGGREGATES,
				input.closedOn(), input.risks());
		ReadableText.check("pilot-evaluation.yaml", PilotText.render(e));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "examples/pilot-units.csv, examples/pilot-plan.yaml",
			"src/test/resources/pilot/cookie-cats-400.csv, src/test/resources/pilot/cookie-cats-plan.yaml" })
	void everyPerUnitExampleReadsAsSentences(Path units, Path plan) throws IOException {
		EvaluationInput context = inputs.context(plan);
		PilotDesign design = PilotCapability.design(context.plan(), RULES);
		UnitTally tally;
		try (InputStream in = Files.newInputStream(units)) {
			tally = new UnitCsvReader(UnitLayout.of(context.plan(), design.kind())).read(in);
		}
		PilotEvaluation e = Evaluator.evaluate(
				RULES, design, tally.control(), tally.treatment(), new Evaluator.Source(units.getFileName().toString(),
						null, tally.rows(), tally.rejectedCount(), tally.rejected()),
				context.closedOn(), context.risks() == null ? List.of() : context.risks());
		ReadableText.check(units.toString(), PilotText.render(e));
	}

}
