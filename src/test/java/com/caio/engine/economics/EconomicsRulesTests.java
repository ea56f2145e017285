package com.caio.engine.economics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The shipped rules in rules/economics/, compiled by the production loader. */
class EconomicsRulesTests {

	@Test
	void theExampleMeetsTheStoryAndIsReadyForSignature() {
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.example());
		assertThat(r.blocking()).isEmpty();
		assertThat(r.findings()).extracting(EconomicsResult.EconomicsFinding::severity).containsOnly("info");
		assertThat(r.meetsSavingTarget()).isTrue();
		assertThat(r.proposalComplete()).isTrue();
		assertThat(r.readyForSignature()).isTrue();
		assertThat(r.savingThreeYearPct()).isGreaterThan(50);
	}

	@Test
	void aFigureWithoutASourceIsUntraceableAndBlocks() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("fullTime")).put("baseSalary", 400000);
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.read(tree));
		assertThat(r.blocking()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("ECO-TRACE-001");
			assertThat(f.subject()).isEqualTo("fullTime.baseSalary");
		});
		assertThat(r.readyForSignature()).isFalse();
	}

	@Test
	void aSavingBelowFiftyPercentBlocksAndNamesTheGapInPercentagePoints() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("fractional").get("monthlyRetainer")).put("value", 45000);
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.read(tree));
		assertThat(r.meetsSavingTarget()).isFalse();
		assertThat(r.blocking()).extracting(EconomicsResult.EconomicsFinding::ruleId).contains("ECO-SAVE-001");
		assertThat(r.blocking()).filteredOn(f -> f.subject().equals("threeYear"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("percentage points below the 50% target"));
	}

	@Test
	void implausibleHoursLoadingAndFeeAreFlaggedAsWarnings() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("fractional").get("hoursPerMonth")).put("value", 200);
		((ObjectNode) tree.get("fullTime").get("loadingFactor")).put("value", 2.4);
		((ObjectNode) tree.get("fractional").get("monthlyRetainer")).put("value", 120000);
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.read(tree));
		assertThat(r.findings()).filteredOn(f -> f.severity().equals("warning"))
			.extracting(f -> f.ruleId() + " " + f.subject())
			.containsExactlyInAnyOrder("ECO-PLAUS-001 fractional.hoursPerMonth", "ECO-PLAUS-001 fullTime.loadingFactor",
					"ECO-PLAUS-002 fractional fee");
	}

	@Test
	void aProposalWithoutScopeSlasOrDeliverablesIsIncomplete() {
		ObjectNode tree = EconomicsFixtures.tree();
		ObjectNode proposal = (ObjectNode) tree.get("proposal");
		proposal.remove("scope");
		proposal.remove("slas");
		proposal.remove("deliverables");
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.read(tree));
		assertThat(r.proposalComplete()).isFalse();
		assertThat(r.blocking()).extracting(EconomicsResult.EconomicsFinding::ruleId)
			.containsExactly("ECO-PROP-001", "ECO-PROP-003", "ECO-PROP-004");
	}

	@Test
	void aProposalWithoutStartDateOrMilestonesIsFlagged() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("proposal")).remove("startDate");
		EconomicsResult r = EconomicsFixtures.assess(EconomicsFixtures.read(tree));
		assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("ECO-PROP-005")).hasSize(1);
		assertThat(r.proposal().milestones()).allSatisfy(m -> assertThat(m.dueDate()).isNull());
		assertThat(r.readyForSignature()).isTrue();
	}

}
