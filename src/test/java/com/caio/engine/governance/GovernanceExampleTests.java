package com.caio.engine.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import com.caio.engine.TestWorkspace;
import com.caio.engine.engagement.EngagementService;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shipped example end to end: two quarters of risk registers stored, the engagement
 * imported, the pack built from its file with the engagement's runs and meeting; and the
 * same inputs give the same JSON and PDF bytes twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = "caio.rules.watch=false")
class GovernanceExampleTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("governance");

	static final Path DIR = Path.of("examples/governance");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		WORKSPACE.register(registry);
	}

	@Autowired
	Runs runs;

	@Autowired
	EngagementService engagements;

	long engagement;

	@BeforeAll
	void storeRegistersAndEngagement() {
		runs.run("risk", Source.file(DIR.resolve("risk-register-2026-Q2.csv")));
		runs.run("risk", Source.file(DIR.resolve("risk-register-2026-Q3.csv")));
		engagement = engagements.importFile(DIR.resolve("engagement.yaml")).id();
	}

	@SuppressWarnings("unchecked")
	Run<GovernanceReport> pack() {
		return (Run<GovernanceReport>) runs.run("governance",
				Source.file(DIR.resolve("pack.yaml"), Map.of("engagement", Long.toString(engagement)), Map.of()));
	}

	@Test
	void theExamplePackJudgesTheFourCriteria() throws Exception {
		Run<GovernanceReport> run = pack();
		GovernanceReport r = run.result();
		Files.write(WORKSPACE.root().resolve("pack.txt"), runs.document("governance", run.id(), "text").bytes());
		assertThat(r.criteria()).extracting(GovernanceReport.CriterionResult::state)
			.containsExactly("MET", "MET", "MET", "MET");
		assertThat(r.kpis()).hasSize(5);
		assertThat(r.risk().added()).extracting(GovernanceReport.RiskLine::id).containsExactly("R-07");
		assertThat(r.risk().closed()).extracting(GovernanceReport.RiskLine::id).containsExactly("R-04");
		assertThat(r.risk().ownerChanges()).extracting(GovernanceReport.OwnerChange::id).containsExactly("R-03");
		assertThat(r.meeting()).isNotNull();
		assertThat(r.inputs()).extracting(GovernanceReport.Stamp::role)
			.containsExactly("pack", "kpis", "incidents", "framework", "risk register 2026-Q2",
					"risk register 2026-Q3");
	}

	@Test
	void theSameInputsAndRulesGiveTheSameJsonAndPdfBytes() throws Exception {
		Run<GovernanceReport> first = pack();
		Run<GovernanceReport> second = pack();
		assertThat(first.id()).isNotEqualTo(second.id());
		for (String document : new String[] { "pack", "pdf" }) {
			byte[] a = runs.document("governance", first.id(), document).bytes();
			byte[] b = runs.document("governance", second.id(), document).bytes();
			Files.write(WORKSPACE.root().resolve("example." + document), a);
			assertThat(Arrays.equals(a, b)).as(document + " bytes").isTrue();
		}
		Files.write(WORKSPACE.root().resolve("example.pptx"), runs.document("governance", first.id(), "pptx").bytes());
	}

}
