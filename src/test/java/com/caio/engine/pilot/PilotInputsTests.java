package com.caio.engine.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
		assertThat(request.plan().validate("plan.", PilotTestRules.policy()).allocation()).isEqualTo(Allocation.EVEN);
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
		refused(() -> rate.validate("plan.", PilotTestRules.policy()), "plan.baselineRate",
				"strictly between 0 and 1, got 1.2");
		PlanInput alpha = new PlanInput(null, "rate", null, 0.05, null, null, 0.1, 0.0, null, null, 100.0, 10, null);
		refused(() -> alpha.validate("plan.", PilotTestRules.policy()), "plan.alpha",
				"strictly between 0 and 1, got 0.0");
		PlanInput power = new PlanInput(null, "rate", null, 0.05, null, null, 0.1, null, 1.0, null, 100.0, 10, null);
		refused(() -> power.validate("plan.", PilotTestRules.policy()), "plan.power", "got 1.0");
		PlanInput target = new PlanInput(null, "rate", null, 0.6, null, null, 1.0, null, null, null, 100.0, 10, null);
		refused(() -> target.validate("plan.", PilotTestRules.policy()), "plan.targetRelativeEffect",
				"not a probability in (0,1)");
	}

	@Test
	void otherPlanMistakesAreNamed() {
		refused(() -> PlanInput.allocation("plan.allocation", "60/50"), "plan.allocation", "adding up to 100");
		PlanInput kind = new PlanInput(null, "ratio", null, 0.05, null, null, 0.1, null, null, null, 100.0, 10, null);
		refused(() -> kind.validate("plan.", PilotTestRules.policy()), "plan.kpi", "expected 'rate' or 'mean'");
		refused(() -> inputs.readJson("{\"plan\": {\"alpah\": 0.1}}", EvaluationInput.class), "plan.alpah",
				"unknown field");
		refused(() -> inputs.readJson("{\"plan\": {\"alpha\": \"low\"}}", EvaluationInput.class), "plan.alpha", "");
	}

	@Test
	void onePlanFileServesBothThePlanAndTheEvaluateCommands() {
		Path file = Path.of("src/test/resources/pilot/cookie-cats-plan.yaml");
		PilotRequest request = inputs.read(file, PilotRequest.class);
		assertThat(request.plan().arms()).isEqualTo(new ArmLabels("gate_30", "gate_40"));
		assertThat(request.plan().validate("plan.", PilotTestRules.policy()).kind()).isEqualTo(KpiKind.RATE);
		EvaluationInput context = inputs.context(file);
		assertThat(context.risks()).hasSize(1);
		assertThat(context.plan().kpiColumn()).isEqualTo("retention_7");
	}

	@Test
	void aPlanFileForACsvRefusesArmsAndUnknownFields(@TempDir Path dir) throws Exception {
		Path arms = dir.resolve("plan.yaml");
		Files.writeString(arms, "plan: {kpi: rate}\ncontrol: {units: 3}\n");
		refused(() -> inputs.context(arms), "control", "the arms come from the per-unit CSV");
		Path typo = dir.resolve("typo.yaml");
		Files.writeString(typo, "plan: {kpi: rate}\nlearnedRisk: [x]\n");
		refused(() -> inputs.context(typo), "learnedRisk", "unknown field");
	}

	@Test
	void armLabelsMustBothBeNamedAndDiffer() {
		PlanInput same = new PlanInput(null, "rate", null, 0.05, null, null, 0.1, null, null, null, 100.0, 10, null,
				new ArmLabels("A", "a"), null);
		refused(() -> same.validate("plan.", PilotTestRules.policy()), "plan.arms", "the same label 'A'");
		PlanInput half = new PlanInput(null, "rate", null, 0.05, null, null, 0.1, null, null, null, 100.0, 10, null,
				new ArmLabels("A", null), null);
		refused(() -> half.validate("plan.", PilotTestRules.policy()), "plan.arms", "name both labels");
	}

	@Test
	void aDateThatIsNotADateIsRefusedNamingTheFieldAndTheFormat(@TempDir Path dir) throws Exception {
		for (String[] date : new String[][] { { "plan: {kpi: rate, closedOn: 2026-13-01}", "plan.closedOn" },
				{ "plan: {kpi: rate, closedOn: '06/11/2026'}", "plan.closedOn" },
				{ "plan: {kpi: rate}\nreadiness: {kpiTracking: {confirmedOn: yesterday}}",
						"readiness.kpiTracking.confirmedOn" },
				{ "plan: {kpi: rate}\nreadiness: {dataSources: [{name: a, accessConfirmedOn: 2026-02-30}]}",
						"readiness.dataSources[0].accessConfirmedOn" } }) {
			Path file = dir.resolve("plan.yaml");
			Files.writeString(file, date[0]);
			refused(() -> inputs.read(file, PilotRequest.class), date[1],
					"is not a date; expected a date written YYYY-MM-DD");
		}
		refused(() -> inputs.readJson("{\"closedOn\": \"soon\"}", EvaluationInput.class), "closedOn",
				"'soon' is not a date; expected a date written YYYY-MM-DD, such as 2026-11-06");
		refused(() -> inputs.readJson("{\"decidedOn\": 20261106}", SteeringInput.class), "decidedOn", "not a date");
		Path csvPlan = dir.resolve("context.yaml");
		Files.writeString(csvPlan, "plan: {kpi: rate}\nclosedOn: 31.12.2026\n");
		refused(() -> inputs.context(csvPlan), "closedOn", "'31.12.2026' is not a date");
	}

	@Test
	void windows1252IsRefusedAtItsLineAndByteNotGarbled(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("plan.yaml");
		Files.write(file,
				"plan:\n  name: Caf\u00e9 & Cr\u00e8me\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		refused(() -> inputs.read(file, PilotRequest.class), "plan.yaml:2:12",
				"byte 0xE9 at byte offset 17 (line 2, byte 12 of the line) is not UTF-8 text");
		Path bom = dir.resolve("bom.json");
		Files.write(bom,
				("\uFEFF{\"plan\": {\"name\": \"Caf\u00e9\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(inputs.read(bom, PilotRequest.class).plan().name()).isEqualTo("Caf\u00e9");
	}

	@Test
	void extremeAggregatesAreRefusedByField() {
		EvaluationInput in = inputs.readJson("""
				{"control": {"n": 10, "mean": 1e308, "sd": 1}, "treatment": {"n": 10, "mean": 1, "sd": 1e200}}""",
				EvaluationInput.class);
		refused(() -> in.control().validate("control", "control", KpiKind.MEAN), "control.mean", "out of range");
		refused(() -> in.treatment().validate("treatment", "treatment", KpiKind.MEAN), "treatment.sd", "out of range");
		refused(() -> inputs.readJson("{\"control\": {\"n\": 1" + "0".repeat(400) + "}}", EvaluationInput.class),
				"control.n ((body):1:19)", "is out of range");
		refused(() -> inputs.readJson("{\"control\": {\"mean\": 1e400}}", EvaluationInput.class),
				"control.mean ((body):1:22)", "is out of range");
	}

}
