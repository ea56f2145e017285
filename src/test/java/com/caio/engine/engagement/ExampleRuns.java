package com.caio.engine.engagement;

import java.nio.file.Path;

import com.caio.engine.pilot.EvaluationInput;
import com.caio.engine.pilot.PilotService;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Stores the runs {@code examples/engagement.yaml} links to, from the project's own
 * example inputs, as a user would before importing it.
 */
public final class ExampleRuns {

	private ExampleRuns() {
	}

	public static void store(Runs runs, PilotService pilots) throws Exception {
		runs.run("maturity", Source.file(Path.of("examples/survey-wide.csv")));
		runs.run("risk", Source.file(Path.of("examples/risk-register.csv")));
		runs.run("businesscase", Source.file(Path.of("examples/business-case.yaml")));
		long pilot = pilots.create(Source.file(Path.of("examples/pilot-plan.yaml"))).id();
		YAMLMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		pilots.evaluatePilot(pilot,
				yaml.readValue(Path.of("examples/pilot-evaluation.yaml").toFile(), EvaluationInput.class));
	}

}
