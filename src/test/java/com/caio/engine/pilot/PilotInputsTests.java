package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Bad input is refused with the field path and what would be accepted. */
class PilotInputsTests {

	private final PilotInputs inputs = new PilotInputs(JsonMapper.builder().build());

	private static final String PLAN = """
			"plan": {"kpi": "rate", "baselineRate": 0.05, "targetRelativeEffect": 0.1, "trafficPerDay": 100, "timeframeDays": 10}""";

	private EvaluationInput evaluation(String arms) {
		return inputs.readJson("{" + PLAN + ", " + arms + "}", EvaluationInput.class);
	}

	private static void refused(Runnable action, String where, String message) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BadInputException.class, ex -> {
			assertThat(ex.where()).isEqualTo(where);
			assertThat(ex.getMessage()).contains(message);
		});
	}

	@Test
	void examplesAreRead() {
		PilotRequest request = inputs.read(Path.of("examples/pilot-plan.yaml"), PilotRequest.class);
		assertThat(request.plan().validate("plan.").allocation()).isEqualTo(Allocation.EVEN);
		assertThat(request.readiness().items()).hasSize(4);
		EvaluationInput evaluation = inputs.read(Path.of("examples/pilot-evaluation.yaml"), EvaluationInput.class);
		assertThat(evaluation.risks()).hasSize(2);
	}

	@Test
	void zeroOrNegativeUnitsAreRefused() {
		EvaluationInput in = evaluation(
				"\"control\": {\"units\": 0, \"conversions\": 0}, \"treatment\": {\"units\": 10, \"conversions\": 1}");
		refused(() -> in.control().validate("control", "control", KpiKind.RATE), "control.units",
				"positive number of units, got 0");
		EvaluationInput negative = evaluation(
				"\"control\": {\"units\": 5, \"conversions\": 1}, \"treatment\": {\"units\": -3, \"conversions\": 1}");
		refused(() -> negative.treatment().validate("treatment", "treatment", KpiKind.RATE), "treatment.units",
				"got -3");
	}

	@Test
	void conversionsAboveUnitsAreRefused() {
		EvaluationInput in = evaluation(
				"\"control\": {\"units\": 10, \"conversions\": 11}, \"treatment\": {\"units\": 10, \"conversions\": 1}");
		refused(() -> in.control().validate("control", "control", KpiKind.RATE), "control.conversions",
				"more conversions (11) than units (10)");
	}

	@Test
	void anArmThatIsNeitherControlNorTreatmentIsRefusedByName() {
		refused(() -> evaluation(
				"\"control\": {\"units\": 10, \"conversions\": 1}, \"variantB\": {\"units\": 10, \"conversions\": 1}"),
				"variantB", "unknown field");
	}

	@Test
	void probabilitiesOutsideZeroOneAreRefused() {
		PlanInput rate = new PlanInput(null, "rate", null, 1.2, null, null, 0.1, null, null, null, 100.0, 10, null);
		refused(() -> rate.validate("plan."), "plan.baselineRate", "strictly between 0 and 1, got 1.2");
		PlanInput alpha = new PlanInput(null, "rate", null, 0.05, null, null, 0.1, 0.0, null, null, 100.0, 10, null);
		refused(() -> alpha.validate("plan."), "plan.alpha", "strictly between 0 and 1, got 0.0");
		PlanInput power = new PlanInput(null, "rate", null, 0.05, null, null, 0.1, null, 1.0, null, 100.0, 10, null);
		refused(() -> power.validate("plan."), "plan.power", "got 1.0");
		PlanInput target = new PlanInput(null, "rate", null, 0.6, null, null, 1.0, null, null, null, 100.0, 10, null);
		refused(() -> target.validate("plan."), "plan.targetRelativeEffect", "not a probability in (0,1)");
	}

	@Test
	void otherPlanMistakesAreNamed() {
		refused(() -> PlanInput.allocation("plan.allocation", "60/50"), "plan.allocation", "adding up to 100");
		PlanInput kind = new PlanInput(null, "ratio", null, 0.05, null, null, 0.1, null, null, null, 100.0, 10, null);
		refused(() -> kind.validate("plan."), "plan.kpi", "expected 'rate' or 'mean'");
		refused(() -> inputs.readJson("{\"plan\": {\"alpah\": 0.1}}", EvaluationInput.class), "plan.alpah",
				"unknown field");
		refused(() -> inputs.readJson("{\"plan\": {\"alpha\": \"low\"}}", EvaluationInput.class), "plan.alpha", "");
	}

}
