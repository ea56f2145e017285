package com.caio.engine.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.caio.engine.rules.Finding;
import com.caio.engine.run.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@code rules/governance/} on small packs: the incident criterion and the
 * Article 73 clocks at their limits, the framework's gaps, the pack's parts, the KPI
 * criterion before and after the 12-month review.
 */
class GovernanceRulesTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0} {1} {2}: criterion {3}")
	@CsvSource({ "compliance, major, 2026-08-01, NOT_MET", "model-failure, critical, 2026-09-30, NOT_MET",
			"model-failure, major, 2026-07-01, NOT_MET", "model-failure, major, 2026-06-30, MET",
			"model-failure, minor, 2026-08-01, MET", "security, major, 2026-08-01, MET",
			"privacy, critical, 2026-08-01, MET", "compliance, major, 2026-10-01, MET" })
	void onlyAMajorOrCriticalComplianceOrModelFailureIncidentInTheQuarterBreaksTheCriterion(String kind,
			String severity, String occurred, String state) throws IOException {
		GovernanceReport r = incidents(
				"I-1," + occurred + "," + occurred + ",,Bot," + kind + "," + severity + ",closed,,none,");
		assertThat(r.criteria().get(3).state()).isEqualTo(state);
		assertThat(rules(r, "GOV-INC-001")).hasSize(state.equals("MET") ? 0 : 1);
	}

	@ParameterizedTest(name = "{0}: detected {1}, notified {2} -> late {3}")
	@CsvSource({ "general, 2026-08-01, 2026-08-16, false, GOV-INC-010",
			"general, 2026-08-01, 2026-08-17, true, GOV-INC-010", "death, 2026-08-01, 2026-08-11, false, GOV-INC-011",
			"death, 2026-08-01, 2026-08-12, true, GOV-INC-011",
			"widespread, 2026-08-01, 2026-08-03, false, GOV-INC-012",
			"widespread, 2026-08-01, 2026-08-04, true, GOV-INC-012", "general, 2026-09-10, , true, GOV-INC-010",
			"general, 2026-09-20, , false, GOV-INC-010" })
	void aSeriousIncidentReportedAfterItsArticle73ClockIsFlagged(String serious, String detected, String notified,
			boolean late, String rule) throws IOException {
		GovernanceReport r = incidents("I-1," + detected + "," + detected + ",,Bot,other,minor,open,," + serious + ","
				+ (notified == null ? "" : notified));
		assertThat(rules(r, rule)).hasSize(late ? 1 : 0);
		assertThat(r.incidents().register().get(0).late()).isEqualTo(late);
	}

	@Test
	void eachFrameworkGapIsNamedAndBreaksTheFrameworkCriterion() throws IOException {
		Path framework = Files.writeString(dir.resolve("framework.yaml"), """
				roles:
				  - {id: lead, title: AI lead, holder: Priya Nair, controls: [A.3.2, GOVERN]}
				  - {id: owner, title: Model owner}
				  - {id: cmo, title: Chief Marketing Officer, holder: Grace, executive: true}
				escalations:
				  - {id: a, trigger: a model failure, steps: [owner, lead, cmo]}
				  - {id: b, trigger: a privacy breach, steps: [owner, lead]}
				checks:
				  - {id: c, title: Consent check, evidencedOn: [2026-09-01]}
				  - {id: d, title: Lineage record, evidencedOn: [2026-06-30]}
				teams:
				  - {name: Brand, adoptedOn: 2026-05-01, evidence: note}
				  - {name: CRM, adoptedOn: 2026-10-01, evidence: note}
				  - {name: Media, adoptedOn: 2026-05-01}
				  - {name: Finance, relevant: false}
				""");
		GovernanceReport r = pack("quarter: 2026-Q3\n", Map.of("framework", Source.file(framework)));
		assertThat(rules(r, "GOV-FW-001")).containsExactly("Model owner");
		assertThat(rules(r, "GOV-FW-002")).containsExactly("a privacy breach");
		assertThat(rules(r, "GOV-FW-003")).containsExactly("CRM", "Media");
		assertThat(rules(r, "GOV-FW-004")).containsExactly("Lineage record");
		assertThat(r.criteria().get(1).state()).isEqualTo("NOT_MET");
		assertThat(r.framework().teams()).extracting(GovernanceReport.TeamShare::sharePercent)
			.containsExactly(100.0, 0.0, 100.0, 0.0);
	}

	@Test
	void withoutAFrameworkTheCriterionIsNotMet() throws IOException {
		GovernanceReport r = pack("quarter: 2026-Q3\n", Map.of());
		assertThat(rules(r, "GOV-FW-005")).hasSize(1);
		assertThat(r.criteria().get(1).state()).isEqualTo("NOT_MET");
	}

	@Test
	void aPackWithoutKpisRisksRoadmapOrMeetingIsNotEstablished() throws IOException {
		GovernanceReport r = pack("quarter: 2026-Q3\n", Map.of());
		assertThat(r.findings().stream().filter(f -> f.segment().equals("pack")).map(Finding::ruleId))
			.containsExactly("GOV-PACK-001", "GOV-PACK-002", "GOV-PACK-003", "GOV-PACK-004");
		assertThat(r.criteria().get(0).state()).isEqualTo("NOT_MET");
	}

	@Test
	void theExampleOneQuarterEarlierHasNoTwelveMonthReviewYetSoTheKpiCriterionIsPending() throws IOException {
		GovernanceReport r = GovernanceFixtures.assess(GovernanceFixtures.DIR.resolve("pack.yaml"),
				Map.of("engagement", "7", "quarter", "2026-Q2"), Map.of());
		assertThat(r.criteria().get(2).state()).isEqualTo("PENDING");
		assertThat(r.kpis().get(0).reviews()).extracting(GovernanceReport.Review::state)
			.containsExactly("IMPROVED", "NOT_DUE");
		// last quarter's register is this one's here: no quarter before it is stored
		assertThat(r.risk().lastQuarter()).isNull();
	}

	@Test
	void monthlyPointsAreJudgedAgainstTheBaselinesOwnVariation() throws IOException {
		// baseline 100, 104, 96, 100: mean 100, sd sqrt(32/3) = 3.266; the window (3
		// months up
		// to the review) at 110, 112, 114: mean 112, +12 = 3.67 sd: improved. The other
		// KPI
		// moves +4 = 1.22 sd: not improved.
		StringBuilder csv = new StringBuilder(GovernanceInputTests.KPI_HEADER);
		String[] months = { "2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01" };
		double[] base = { 100, 104, 96, 100 };
		for (int i = 0; i < 4; i++) {
			csv.append("Revenue,").append(months[i]).append(',').append(base[i]).append(",GBP m,yes,yes,\n");
		}
		for (int m = 5; m <= 17; m++) {
			String day = java.time.LocalDate.of(2025, 1, 1).plusMonths(m - 1).toString();
			double v = m == 15 ? 110 : m == 16 ? 112 : m == 17 ? 114 : m >= 9 && m <= 11 ? 110 : 100;
			csv.append("Revenue,").append(day).append(',').append(v).append(",GBP m,yes,no,\n");
		}
		for (int i = 0; i < 4; i++) {
			csv.append("Leads,").append(months[i]).append(',').append(base[i]).append(",,yes,yes,\n");
		}
		for (int m = 5; m <= 17; m++) {
			String day = java.time.LocalDate.of(2025, 1, 1).plusMonths(m - 1).toString();
			csv.append("Leads,").append(day).append(',').append(104).append(",,yes,no,\n");
		}
		Path kpis = Files.writeString(dir.resolve("kpis.csv"), csv.toString());
		GovernanceReport r = pack("quarter: 2026-Q2\nasOf: 2026-05-01\n", Map.of("kpis", Source.file(kpis)));
		GovernanceReport.Kpi revenue = r.kpis().get(0);
		assertThat(revenue.cadence()).isEqualTo("monthly");
		assertThat(revenue.baselineSd()).isCloseTo(Math.sqrt(32.0 / 3), org.assertj.core.api.Assertions.within(1e-12));
		GovernanceReport.Review twelve = revenue.reviews().get(1);
		assertThat(twelve.mean()).isEqualTo(112.0);
		assertThat(twelve.changeInSds()).isCloseTo(12 / Math.sqrt(32.0 / 3),
				org.assertj.core.api.Assertions.within(1e-12));
		assertThat(twelve.state()).isEqualTo("IMPROVED");
		assertThat(r.kpis().get(1).reviews().get(1).state()).isEqualTo("NOT_IMPROVED");
		assertThat(r.criteria().get(2).state()).isEqualTo("MET");
	}

	private GovernanceReport incidents(String row) throws IOException {
		Path incidents = Files.writeString(dir.resolve("incidents.csv"),
				GovernanceInputTests.INCIDENT_HEADER + row + "\n");
		return pack("quarter: 2026-Q3\nasOf: 2026-09-30\n", Map.of("incidents", Source.file(incidents)));
	}

	private GovernanceReport pack(String yaml, Map<String, Source> attachments) throws IOException {
		return GovernanceFixtures.assess(Files.writeString(dir.resolve("pack.yaml"), yaml), Map.of(), attachments);
	}

	private static List<String> rules(GovernanceReport r, String rule) {
		return r.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::subject).toList();
	}

}
