package com.caio.engine.engagement;

import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.businesscase.BusinessCaseService;
import com.caio.engine.maturity.MaturityService;
import com.caio.engine.pilot.EvaluationInput;
import com.caio.engine.pilot.PilotRequest;
import com.caio.engine.pilot.PilotService;
import com.caio.engine.risk.RiskService;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Stores the runs {@code examples/engagement.yaml} links to, from the project's own
 * example inputs, as a user would before importing it.
 */
public final class ExampleRuns {

	private ExampleRuns() {
	}

	public static void store(MaturityService maturity, RiskService risk, BusinessCaseService businessCase,
			PilotService pilots) throws Exception {
		maturity.scoreAndStore(Path.of("examples/survey-wide.csv"), "survey-wide.csv");
		risk.rankAndStore(Path.of("examples/risk-register.csv"), "risk-register.csv", null);
		businessCase.evaluateAndStore(Files.readAllBytes(Path.of("examples/business-case.yaml")), "business-case.yaml",
				null, null);
		YAMLMapper yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		PilotRequest plan = yaml.readValue(Path.of("examples/pilot-plan.yaml").toFile(), PilotRequest.class);
		long pilot = pilots.create(plan).id();
		pilots.evaluatePilot(pilot,
				yaml.readValue(Path.of("examples/pilot-evaluation.yaml").toFile(), EvaluationInput.class));
	}

}
