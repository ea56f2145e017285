package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.rules.Severity;
import com.caio.engine.TestWorkspace;
import com.caio.engine.rules.RuleRuntime;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules of {@code rules/risk/}: bands, escalation, quality, roadmap and
 * derived risks.
 */
class RiskRulesTests {

	@Test
	void bandsFollowTheDefaultTableAtEachBoundary() throws Exception {
		RiskReport report = RiskFixtures.rank("S1,a,c,o,1,1,,,,,,", "S4,b,c,o,2,2,,,,,,", "S5,d,c,o,1,5,,,,,,",
				"S9,e,c,o,3,3,,,,,,", "S10,f,c,o,2,5,,,,,,", "S12,g,c,o,3,4,,,,,,", "S15,h,c,o,3,5,,,,,,",
				"S25,i,c,o,5,5,,,,,,");
		assertThat(report.risks()).extracting(RiskReport.RankedRisk::id, RiskReport.RankedRisk::band)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("S25", "Critical"),
					org.assertj.core.groups.Tuple.tuple("S15", "Critical"),
					org.assertj.core.groups.Tuple.tuple("S12", "High"),
					org.assertj.core.groups.Tuple.tuple("S10", "High"),
					org.assertj.core.groups.Tuple.tuple("S9", "Medium"),
					org.assertj.core.groups.Tuple.tuple("S5", "Medium"),
					org.assertj.core.groups.Tuple.tuple("S4", "Low"), org.assertj.core.groups.Tuple.tuple("S1", "Low"));
		assertThat(RiskFixtures.risk(report, "S15").colour()).isEqualTo("#d73027");
		assertThat(report.heatmap().cells()).allSatisfy(c -> assertThat(c.band()).isNotEqualTo(Ranking.UNBANDED));
		assertThat(report.findings()).noneMatch(f -> f.ruleId().equals("RISK-BAND-002"));
	}

	@Test
	void aCriticalRiskWithoutOwnerOrMitigationIsEscalated() throws Exception {
		RiskReport report = RiskFixtures.rank("NOOWNER,a,c,,4,4,Fix,100,2,4,2027-01-31,Done", "NOMIT,b,c,Ann,4,4,,,,,,",
				"HIGH,c,c,,3,4,,,,,,");
		assertThat(RiskFixtures.findings(report, "RISK-ESC-001")).containsExactly("NOOWNER");
		assertThat(RiskFixtures.findings(report, "RISK-ESC-002")).containsExactly("NOMIT");
		assertThat(report.findings()).filteredOn(f -> f.ruleId().startsWith("RISK-ESC-00"))
			.allMatch(f -> f.severity() == Severity.CRITICAL);
	}

	@Test
	void impactFiveEscalatesToTheExecutiveSponsorWhateverTheLikelihood() throws Exception {
		RiskReport report = RiskFixtures.rank("RARE,a,c,Ann,Rare,Severe,,,,,,", "MAJOR,b,c,Ann,5,4,,,,,,");
		assertThat(RiskFixtures.findings(report, "RISK-ESC-003")).containsExactly("RARE");
		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("RISK-ESC-003"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("executive sponsor"));
	}

	@Test
	void aMitigationWithoutCostOrDueDateIsFlagged() throws Exception {
		RiskReport report = RiskFixtures.rank("NOCOST,a,c,Ann,3,3,Fix,,2,3,2027-01-31,Done",
				"NODATE,b,c,Ann,3,3,Fix,100,2,3,,Done", "FULL,c,c,Ann,3,3,Fix,100,2,3,2027-01-31,Done",
				"NONE,d,c,Ann,3,3,,,,,,");
		assertThat(RiskFixtures.findings(report, "RISK-QUAL-001")).containsExactly("NOCOST", "NODATE");
	}

	@Test
	void aDuplicateTitleIsFoundIgnoringCaseAndSpacing() throws Exception {
		RiskReport report = RiskFixtures.rank("A,Model drift,c,Ann,3,3,,,,,,", "B,model  DRIFT ,c,Ann,2,3,,,,,,",
				"C,Data leak,c,Ann,2,3,,,,,,");
		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("RISK-QUAL-002"))
			.singleElement()
			.satisfies(f -> assertThat(f.evidence()).containsExactly("A", "B"));
	}

	@Test
	void aRoadmapActionWithoutOwnerTimelineOrSuccessCriterionIsFlagged() throws Exception {
		RiskReport report = RiskFixtures.rank("GOOD,a,c,Ann,3,3,Fix,100,2,3,2027-01-31,Coverage 80%",
				"BARE,b,c,,3,3,Fix,100,2,3,,");
		assertThat(RiskFixtures.findings(report, "RISK-ROAD-001")).containsExactly("BARE");
		assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("RISK-ROAD-001"))
			.singleElement()
			.satisfies(f -> assertThat(f.message()).contains("owner, due date (timeline), success criterion"));
		assertThat(report.remediation()).filteredOn(a -> a.riskId().equals("BARE"))
			.singleElement()
			.satisfies(a -> assertThat(a.missing()).containsExactly("owner", "due date", "success criterion"));
	}

	@Test
	void weakDimensionsOfAnAssessmentRaiseRisksNamingRuleAndEvidence() throws Exception {
		List<AssessedDimension> assessment = List.of(
				new AssessedDimension(7, "model_lifecycle", "Model lifecycle", 1.9, 2),
				new AssessedDimension(7, "governance", "Governance", 3.1, 3),
				new AssessedDimension(7, "skills", "Skills", 1.2, 1));
		RiskReport report = RiskFixtures.rank(assessment, "R1,Vendor outage,c,Ann,2,2,,,,,,");
		RiskReport.RankedRisk drift = RiskFixtures.risk(report, "DER-MLC-DRIFT");
		assertThat(drift.derivedBy()).isEqualTo("RISK-DER-001");
		assertThat(drift.likelihood()).isEqualTo(4);
		assertThat(drift.impact()).isEqualTo(4);
		assertThat(drift.band()).isEqualTo("Critical");
		assertThat(drift.evidence()).containsExactly("maturity assessment #7: Model lifecycle at level 2 (score 1.90)");
		assertThat(RiskFixtures.risk(report, "DER-SKILLS-KEYPERSON").likelihood()).isEqualTo(5);
		assertThat(report.risks()).extracting(RiskReport.RankedRisk::id)
			.containsExactly("DER-MLC-DRIFT", "DER-SKILLS-KEYPERSON", "R1");
		assertThat(RiskFixtures.findings(report, "RISK-ESC-001")).contains("DER-MLC-DRIFT");
		assertThat(RiskFixtures.findings(report, "RISK-ROAD-001")).contains("DER-MLC-DRIFT", "DER-SKILLS-KEYPERSON");
	}

	@Test
	void aDerivedRiskWhoseIdTheRegisterUsesNeverReachesTheRules() throws Exception {
		List<AssessedDimension> everyDimensionWeak = List.of(
				new AssessedDimension(7, "model_lifecycle", "Model lifecycle", 1.2, 1),
				new AssessedDimension(7, "governance", "Governance", 1.2, 1),
				new AssessedDimension(7, "data_readiness", "Data readiness", 1.2, 1),
				new AssessedDimension(7, "tooling", "Tooling", 1.2, 1),
				new AssessedDimension(7, "skills", "Skills", 1.2, 1));
		List<String> derivedIds = List.of("DER-MLC-DRIFT", "DER-GOV-OVERSIGHT", "DER-DATA-QUALITY", "DER-TOOL-REPRO",
				"DER-SKILLS-KEYPERSON");
		// the register holds every derived id, each owned, low and fully planned: no rule
		// has
		// anything to say about the register's own entries
		String[] rows = derivedIds.stream()
			.map(id -> id + ",Register entry " + id + ",c,Ann,1,1,Watch it,100,1,1,2027-01-31,Checked monthly")
			.toArray(String[]::new);
		RiskReport report = RiskFixtures.rank(everyDimensionWeak, rows);

		assertThat(report.risks()).extracting(RiskReport.RankedRisk::derivedBy).containsOnly("");
		assertThat(report.findings()).as("findings of the clashing derived risks (no owner, no due date)").isEmpty();
		assertThat(report.notes()).hasSize(derivedIds.size())
			.allSatisfy(n -> assertThat(n).contains("is already in the register under that id"));
	}

	@Test
	void aRegisterRankedAloneHasNoDerivedRisks() throws Exception {
		RiskReport report = RiskFixtures.rank("R1,Vendor outage,c,Ann,2,2,,,,,,");
		assertThat(report.risks()).extracting(RiskReport.RankedRisk::derivedBy).containsExactly("");
	}

	@Test
	void aTableEditedByABusinessUserRebandsTheCellsAndReportsScoresNoBandReaches() throws Exception {
		TestWorkspace workspace = TestWorkspace.create("risk-bands");
		Path bands = workspace.rules().resolve("risk/bands.drl.csv");
		List<String> rows = Files.readAllLines(bands)
			.stream()
			.filter(line -> !line.startsWith("RISK-BAND-LOW"))
			.map(line -> line.replace("RISK-BAND-CRIT Critical from 15,15,", "RISK-BAND-CRIT Critical from 20,20,"))
			.toList();
		Files.write(bands, rows);
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());
		assertThat(runtime.reload().lastBuildSucceeded()).isTrue();
		RiskReport report = new RiskCapability(id -> java.util.Optional.empty()).assess(new RiskInput(
				RiskFixtures.read(RiskFixtures.HEADER, "A,a,c,o,4,4,,,,,,", "B,b,c,o,2,2,,,,,,", "C,c,c,o,4,5,,,,,,"),
				List.of(), null), runtime.current());
		assertThat(RiskFixtures.risk(report, "A").band()).isEqualTo("High");
		assertThat(RiskFixtures.risk(report, "C").band()).isEqualTo("Critical");
		assertThat(RiskFixtures.risk(report, "B").band()).isEqualTo(Ranking.UNBANDED);
		assertThat(RiskFixtures.risk(report, "B").colour()).isEqualTo(Ranking.UNBANDED_COLOUR);
		// scores 1, 2, 3 and 4 occur in 8 cells: (1,1) (1,2) (2,1) (1,3) (3,1) (1,4)
		// (4,1) (2,2)
		assertThat(RiskFixtures.findings(report, "RISK-BAND-002")).hasSize(8).contains("L2xI2", "L1xI1");
	}

}
