package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.opportunities.model.TopCandidate;
import com.caio.engine.rules.Finding;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules of {@code rules/opportunities/}, compiled by the production loader.
 */
class OpportunityRulesTests {

	private static RuleSet rules;

	@BeforeAll
	static void compile() {
		RuleRuntime runtime = new RuleRuntime(Path.of("rules"), List.of());
		RuleRuntime.Status status = runtime.reload();
		assertThat(status.lastBuildSucceeded()).as(status.messages().toString()).isTrue();
		assertThat(status.messages()).as("every shipped rule file compiles clean").isEmpty();
		rules = runtime.current();
	}

	private static TopCandidate candidate(double likely, String risk, boolean mitigated, Integer readiness,
			double confidence, boolean scope) {
		return new TopCandidate("X", "X", 1, likely, 10, 20, risk, mitigated, readiness, confidence, 0, scope);
	}

	private static OpportunityRules.Decisions decide(TopCandidate c) {
		return OpportunityRules.backlog(rules, 7, List.of(c));
	}

	@Test
	void aUseCaseNoRuleHoldsBackIsAGo() {
		OpportunityRules.Decisions d = decide(candidate(14, "low", false, 4, 80, true));
		assertThat(d.decisions().get("X").decision()).isEqualTo("GO");
		assertThat(d.decisions().get("X").ruleId()).isEqualTo("OPP-GO-902");
		assertThat(d.findings()).isEmpty();
	}

	@Test
	void dataReadinessBelowThePolicyLevelIsANoGo() {
		OpportunityRules.Decisions d = decide(candidate(14, "low", false, 2, 80, true));
		assertThat(d.decisions().get("X").decision()).isEqualTo("NO_GO");
		assertThat(d.verdicts().get("X")).extracting(v -> v.ruleId()).containsExactly("OPP-GO-001");
		assertThat(d.verdicts().get("X").get(0).reason())
			.isEqualTo("data readiness is level 2 of 5, below the level 3 an MVP needs");
	}

	@Test
	void aCriticalRiskWithoutMitigationIsANoGoAndWithOneAConditionalGo() {
		assertThat(decide(candidate(14, "critical", false, 4, 80, true)).decisions().get("X").decision())
			.isEqualTo("NO_GO");
		OpportunityRules.Decisions mitigated = decide(candidate(14, "critical", true, 4, 80, true));
		assertThat(mitigated.decisions().get("X").decision()).isEqualTo("GO_WITH_CONDITIONS");
		assertThat(mitigated.verdicts().get("X")).extracting(v -> v.ruleId()).containsExactly("OPP-GO-004");
	}

	@Test
	void aLikelyUpliftBelowTheTargetBandIsANoGoWhateverElseHolds() {
		OpportunityRules.Decisions d = decide(candidate(9.9, "high", true, null, 40, false));
		assertThat(d.decisions().get("X").decision()).isEqualTo("NO_GO");
		assertThat(d.verdicts().get("X")).extracting(v -> v.ruleId())
			.containsExactly("OPP-GO-003", "OPP-GO-004", "OPP-GO-005", "OPP-GO-006", "OPP-GO-007");
	}

	@Test
	void aBacklogOutsideSixToEightIsAFindingNotARefusal() {
		assertThat(OpportunityRules.backlog(rules, 5, List.of()).findings()).extracting(Finding::ruleId)
			.containsExactly("OPP-SIZE-001");
		assertThat(OpportunityRules.backlog(rules, 9, List.of()).findings()).extracting(Finding::ruleId)
			.containsExactly("OPP-SIZE-002");
		assertThat(OpportunityRules.backlog(rules, 6, List.of()).findings()).isEmpty();
		assertThat(OpportunityRules.backlog(rules, 8, List.of()).findings()).isEmpty();
	}

	@Test
	void theMethodTableMapsWhatTheEngagementAsksFor() {
		assertThat(OpportunityRules.setup(rules, "default").method().method()).isEqualTo("RICE");
		assertThat(OpportunityRules.setup(rules, "wsjf").method().method()).isEqualTo("WSJF");
		assertThat(OpportunityRules.setup(rules, "weighted").method().method()).isEqualTo("WEIGHTED");
		assertThat(OpportunityRules.setup(rules, "moscow").method()).isNull();
		assertThat(OpportunityRules.setup(rules, "default").used())
			.allSatisfy(p -> assertThat(p.source()).isNotBlank());
	}

	@Test
	void theExampleBacklogRanksByRiceAndDecidesItsTopTwo() throws Exception {
		OpportunitiesReport report = OpportunitiesAssessor.assess(rules,
				BacklogReaderTests.example("opportunity-backlog.csv"), null);
		OpportunitiesReport.Backlog b = report.backlog();
		assertThat(b.ranked()).extracting(OpportunitiesReport.Ranked::id)
			.containsExactly("OPP-01", "OPP-05", "OPP-03", "OPP-02", "OPP-07", "OPP-04", "OPP-06");
		assertThat(b.goNoGo()).extracting(OpportunitiesReport.GoNoGo::decision)
			.containsExactly("GO_WITH_CONDITIONS", "GO");
		assertThat(b.goNoGo()).allSatisfy(g -> assertThat(g.mvpScope().complete()).isTrue());
		assertThat(b.sizeWithinPolicy()).isTrue();
		assertThat(report.findings()).isEmpty();
	}

	@Test
	void theYamlExampleRanksByWsjf() throws Exception {
		OpportunitiesReport.Backlog b = OpportunitiesAssessor
			.assess(rules, BacklogReaderTests.example("opportunity-backlog.yaml"), null)
			.backlog();
		assertThat(b.method()).isEqualTo("WSJF");
		assertThat(b.methodRule()).isEqualTo("OPP-METH-003");
		// OPP-05: (5 + 3 + 5) / 6.17 = 2.11 leads; OPP-01: (13 + 8 + 5) / 8.33 = 3.12
		assertThat(b.ranked().get(0).id()).isEqualTo("OPP-01");
		assertThat(b.ranked().get(0).score()).isEqualTo(26 / ((6 + 32 + 12) / 6.0));
	}

	@Test
	void anUnknownMethodIsRefusedNamingTheAcceptedOnes() throws Exception {
		Backlog b = BacklogReaderTests.example("opportunity-backlog.csv");
		Backlog moscow = new Backlog(b.name(), "MoSCoW", null, null, b.opportunities());
		assertThatThrownBy(() -> OpportunitiesAssessor.assess(rules, moscow, null))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("method: 'MoSCoW' is not a scoring method")
			.hasMessageContaining("accepted: rice, wsjf, weighted");
	}

	@Test
	void theExamplePlanShipsWithinThreeMonthsOnlyWithTheFractionalCaio() throws Exception {
		OpportunitiesReport.MvpPlan p = OpportunitiesAssessor.assess(rules, null, PlanReaderTests.example()).mvpPlan();
		OpportunitiesReport.Mode internal = p.modes().get(0);
		OpportunitiesReport.Mode assisted = p.modes().get(1);
		// February 20, March 23 and April 22 weekdays
		assertThat(p.targetWorkingDays()).isEqualTo(65);
		assertThat(internal.p80Days()).isGreaterThan(p.targetWorkingDays());
		assertThat(assisted.p80Days()).isLessThan(p.targetWorkingDays());
		assertThat(assisted.probabilityWithinTarget()).isGreaterThan(0.8);
		assertThat(internal.probabilityWithinTarget()).isLessThan(0.05);
		assertThat(p.reduction().p50Days()).isEqualTo(internal.p50Days() - assisted.p50Days(),
				org.assertj.core.api.Assertions.within(0.011));
		assertThat(p.criticalTasks().get(0).assistedShare()).isEqualTo(1.0);
		assertThat(p.raci()).allSatisfy(r -> assertThat(r.accountable()).hasSize(1));
	}

	@Test
	void theExamplePlansResourcingAndCoachingPassTheRules() throws Exception {
		OpportunitiesReport report = OpportunitiesAssessor.assess(rules, null, PlanReaderTests.example());
		assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("OPP-MVP-001");
	}

	@Test
	void resourcingRulesFlagTwoAccountablesAnOverloadAndHoursBeyondTheProposal() throws Exception {
		String text = Files.readString(Path.of(PlanReaderTests.EXAMPLE))
			.replaceFirst("accountable: Priya Shah\n", "accountable: [Priya Shah, Dana Cole]\n")
			.replace("{name: Marco Ruiz, role: Frontend Engineer, kind: internal, fte: 0.6}",
					"{name: Marco Ruiz, role: Frontend Engineer, kind: internal, fte: 0.3}")
			.replace("proposalHoursPerWeek: 16 ", "proposalHoursPerWeek: 4 ")
			.replaceAll("(?s)coaching:.*?acceptanceCriteria:", "acceptanceCriteria:");
		MvpPlan plan = new PlanReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 2000);
		List<Finding> findings = OpportunitiesAssessor.assess(rules, null, plan).findings();
		assertThat(findings).extracting(Finding::ruleId)
			.contains("OPP-RES-001", "OPP-RES-002", "OPP-RES-003", "OPP-COA-001");
		assertThat(findings).filteredOn(f -> f.ruleId().equals("OPP-RES-001"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).isEqualTo(
					"Task 'Kick-off and success metrics' names 2 accountable people (Priya Shah, Dana Cole); RACI needs exactly one."));
		assertThat(findings).filteredOn(f -> f.ruleId().equals("OPP-RES-002"))
			.allSatisfy(f -> assertThat(f.subject()).isEqualTo("Marco Ruiz"));
	}

}
