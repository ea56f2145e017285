package com.caio.engine.pilot;

import com.caio.engine.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped pilot rules from {@code rules/pilot/}, compiled by the production loader.
 */
class PilotRulesTests {

	private static RuleSet rules;

	@BeforeAll
	static void compile() {
		rules = ShippedRules.get();
	}

	private static PilotOutcome outcome(double p, double effect, double low, double high, double srm, boolean reached) {
		return new PilotOutcome("p", 0.05, p, true, effect, 0.10, low, high, true, srm, reached);
	}

	private static List<String> ids(PilotRules.Decision d) {
		return d.firedRules().stream().map(FiredRule::ruleId).toList();
	}

	@Test
	void significantEffectMeetingTheTargetScales() {
		PilotRules.Decision d = PilotRules.decide(rules, outcome(0.001, 0.12, 0.05, 0.20, 0.5, true));
		assertThat(d.decision()).isEqualTo("SCALE");
		assertThat(ids(d)).containsExactly("PIL-DEC-002", "PIL-DEC-902");
	}

	@Test
	void sampleRatioMismatchOverridesAScale() {
		PilotRules.Decision d = PilotRules.decide(rules, outcome(0.001, 0.12, 0.05, 0.20, 0.0004, true));
		assertThat(d.decision()).isEqualTo("INVESTIGATE");
		assertThat(ids(d)).containsExactly("PIL-DEC-001", "PIL-DEC-002", "PIL-DEC-900");
	}

	@Test
	void significantWrongDirectionStops() {
		PilotRules.Decision d = PilotRules.decide(rules, outcome(0.01, -0.06, -0.10, -0.02, 0.5, false));
		assertThat(d.decision()).isEqualTo("STOP");
		assertThat(ids(d)).contains("PIL-DEC-003", "PIL-DEC-004", "PIL-DEC-901");
	}

	@Test
	void targetAboveTheWholeIntervalStopsEvenBeforeThePlannedSample() {
		PilotRules.Decision d = PilotRules.decide(rules, outcome(0.3, 0.01, -0.02, 0.04, 0.5, false));
		assertThat(d.decision()).isEqualTo("STOP");
		assertThat(ids(d)).containsExactly("PIL-DEC-004", "PIL-DEC-901");
	}

	@Test
	void plannedSampleWithoutSignificanceStops() {
		PilotRules.Decision d = PilotRules.decide(rules, outcome(0.2, 0.05, -0.03, 0.14, 0.5, true));
		assertThat(d.decision()).isEqualTo("STOP");
		assertThat(ids(d)).containsExactly("PIL-DEC-005", "PIL-DEC-901");
	}

	@Test
	void inconclusiveBeforeThePlannedSampleExtends() {
		PilotRules.Decision d = PilotRules.decide(rules, outcome(0.2, 0.05, -0.03, 0.14, 0.5, false));
		assertThat(d.decision()).isEqualTo("EXTEND");
		assertThat(ids(d)).containsExactly("PIL-DEC-006");
		assertThat(d.firedRules().get(0).reason()).contains("p = 0.2");
	}

	@Test
	void readyOnlyWhenEveryItemIsConfirmedInWriting() {
		LocalDate on = LocalDate.of(2026, 10, 1);
		List<ChecklistItem> all = List.of(new ChecklistItem(ChecklistItem.DATA_SOURCE, "CRM", "Ana Diaz", on),
				new ChecklistItem(ChecklistItem.KPI_TRACKING, "checkout events", "Ben Ode", on),
				new ChecklistItem(ChecklistItem.RANDOMISATION_UNIT, "customer", "Ben Ode", on));
		PilotRules.Readiness ready = PilotRules.readiness(rules, "p", all);
		assertThat(ready.readyToStart()).isTrue();
		assertThat(ready.firedRules()).extracting(FiredRule::ruleId).containsExactly("PIL-RDY-000");

		List<ChecklistItem> unconfirmed = List.of(new ChecklistItem(ChecklistItem.DATA_SOURCE, "CRM", "Ana Diaz", on),
				new ChecklistItem(ChecklistItem.DATA_SOURCE, "Web analytics", "Ana Diaz", null),
				new ChecklistItem(ChecklistItem.KPI_TRACKING, "checkout events", "Ben Ode", on));
		PilotRules.Readiness notReady = PilotRules.readiness(rules, "p", unconfirmed);
		assertThat(notReady.readyToStart()).isFalse();
		assertThat(notReady.gaps()).extracting(FiredRule::ruleId).containsExactly("PIL-RDY-001", "PIL-RDY-004");
		assertThat(notReady.gaps().get(0).reason()).contains("Web analytics");

		assertThat(PilotRules.readiness(rules, "p", List.of()).gaps()).extracting(FiredRule::ruleId)
			.containsExactly("PIL-RDY-002", "PIL-RDY-003", "PIL-RDY-004");
	}

	@Test
	void steeringDecisionAfterFourteenDaysIsFlagged() {
		LocalDate closed = LocalDate.of(2026, 11, 1);
		assertThat(PilotRules.steering(rules, new SteeringRecord("SCALE", closed.plusDays(14), closed, 14, "SCALE")))
			.isEmpty();
		List<Finding> late = PilotRules.steering(rules,
				new SteeringRecord("STOP", closed.plusDays(15), closed, 15, "SCALE"));
		assertThat(late).extracting(Finding::ruleId).containsExactly("PIL-STE-001", "PIL-STE-002");
		assertThat(late.get(0).message()).contains("15 days");
	}

}
