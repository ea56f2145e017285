package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.malformed.MalformedCorpus;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.run.Source;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every pilot plan, evaluation and per-unit CSV of the malformed corpus through the real
 * readers and service, with its outcome; what is accepted gives finite figures only.
 */
class MalformedPilotTests {

	static PilotService service;

	static PilotCapability capability;

	static RuleRuntime runtime;

	static final PilotInputs INPUTS = new PilotInputs(JsonMapper.builder().build());

	static final PlanInput RATE = new PlanInput("p", "rate", null, 0.05, null, null, 0.1, null, null, null, 100.0, 28,
			null);

	static final PlanInput MEAN = new PlanInput("p", "mean", null, null, 50.0, 20.0, -0.1, null, null, null, 100.0, 28,
			null);

	@BeforeAll
	static void rules() {
		runtime = new RuleRuntime(Path.of("rules"), List.of());
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		capability = new PilotCapability(INPUTS, null, JsonMapper.builder().build());
		service = new PilotService(runtime, null, JsonMapper.builder().build(), null, capability);
	}

	static Stream<MalformedCorpus.Case> plans() {
		return MalformedCorpus.of("pilotplan", "pilotevaluation").stream();
	}

	static Stream<MalformedCorpus.Case> units() {
		return MalformedCorpus.of("pilotunits").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("plans")
	void eachPlanOrEvaluationHasItsExpectedOutcome(MalformedCorpus.Case c) {
		Runnable run = c.kind().equals("pilotplan")
				? () -> capability.assess(capability.read(Source.file(c.file()), runtime.current()), runtime.current())
				: () -> finite(service.evaluate(INPUTS.read(c.file(), EvaluationInput.class)));
		if (c.accepted()) {
			run.run();
		}
		else {
			assertThatThrownBy(run::run).isInstanceOfSatisfying(BadInputException.class, ex -> {
				assertThat(ex.where()).as(c.toString()).startsWith(c.where());
				assertThat(ex.getMessage()).as(c.toString()).contains(c.message());
			});
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("units")
	void eachUnitFileHasItsExpectedOutcome(MalformedCorpus.Case c) throws Exception {
		byte[] bytes = MalformedCorpus.bytes(c);
		PlanInput plan = new String(bytes, StandardCharsets.ISO_8859_1).contains("converted") ? RATE : MEAN;
		EvaluationInput context = new EvaluationInput(plan, null, null, null, List.of());
		if (c.accepted()) {
			PilotEvaluation evaluation = service.evaluateUnits(Source.file(c.file()), context);
			assertThat(evaluation.rejectedRows().stream().map(RejectedUnit::line).toList())
				.as(c + " " + evaluation.rejectedRows())
				.isEqualTo(c.rejectedLines());
			if (!c.message().isEmpty()) {
				assertThat(evaluation.rejectedRows().get(0).reason()).contains(c.message());
			}
			finite(evaluation);
		}
		else {
			assertThatThrownBy(() -> service.evaluateUnits(Source.file(c.file()), context))
				.isInstanceOfSatisfying(CsvFormatException.class, ex -> {
					assertThat(ex.describe(c.name())).as(c.toString()).startsWith(c.name() + ":" + c.where());
					assertThat(ex.getMessage()).as(c.toString()).contains(c.message());
				});
		}
	}

	private static void finite(PilotEvaluation evaluation) {
		String json = service.toJson(evaluation);
		assertThat(MalformedCorpus.hasNonFinite(json)).as(json).isFalse();
	}

}
