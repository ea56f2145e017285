package com.caio.engine.governance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.caio.engine.common.BadInputException;
import com.caio.engine.run.Source;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input is refused naming the file, line and column (or the field) and the reason: a
 * KPI without baseline, dates out of order or repeated, a severity or kind not in the
 * list, a quarter that is not YYYY-Qn, a framework that names what it does not have.
 */
class GovernanceInputTests {

	static final String KPI_HEADER = "kpi,date,value,unit,higher_is_better,baseline,target\n";

	static final String INCIDENT_HEADER = "id,occurred,detected,reported,ai_system,kind,severity,status,root_cause,serious_incident,regulator_notified_on\n";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					no baseline row          | Revenue,2026-01-05,10,GBP,yes,no,12\\nRevenue,2026-01-12,11,GBP,yes,no,12 | kpis.csv:2:1 | has no baseline
					a date repeated          | Revenue,2026-01-05,10,GBP,yes,yes,12\\nRevenue,2026-01-05,11,GBP,yes,no,12 | kpis.csv:3:2 | already has a value on 2026-01-05 (line 2)
					dates out of order       | Revenue,2026-01-12,10,GBP,yes,yes,12\\nRevenue,2026-01-05,11,GBP,yes,no,12 | kpis.csv:3:2 | dates out of order
					not a date               | Revenue,2026-13-05,10,GBP,yes,yes,12 | kpis.csv:2:2 | is not a date
					not a number             | Revenue,2026-01-05,ten,GBP,yes,yes,12 | kpis.csv:2:3 | is not a number
					direction not yes or no  | Revenue,2026-01-05,10,GBP,up,yes,12 | kpis.csv:2:5 | is not yes or no
					a unit that changes      | Revenue,2026-01-05,10,GBP,yes,yes,12\\nRevenue,2026-01-12,11,EUR,yes,no,12 | kpis.csv:3:4 | a KPI has one unit
					baseline after go-live   | Revenue,2026-01-05,10,GBP,yes,no,12\\nRevenue,2026-01-12,11,GBP,yes,yes,12 | kpis.csv:3:6 | baseline row after the baseline period
					""")
	void aBadKpiFileIsRefusedAtItsLine(String name, String rows, String where, String reason) throws IOException {
		Path kpis = write("kpis.csv", KPI_HEADER + rows.replace("\\n", "\n") + "\n");
		refused(Map.of("kpis", Source.file(kpis)), where, reason);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					a severity not in the list | I-1,2026-08-01,2026-08-02,,Bot,compliance,severe,open,,none, | incidents.csv:2:7 | 'severe' is not one of minor, major, critical
					a kind not in the list     | I-1,2026-08-01,2026-08-02,,Bot,outage,minor,open,,none, | incidents.csv:2:6 | 'outage' is not one of compliance, model-failure, security, privacy, other
					an Article 73 class unknown| I-1,2026-08-01,2026-08-02,,Bot,other,minor,open,,injury, | incidents.csv:2:10 | 'injury' is not one of none, general, death, widespread
					detected before it occurred| I-1,2026-08-05,2026-08-02,,Bot,other,minor,open,,none, | incidents.csv:2:3 | before it occurred
					an id repeated             | I-1,2026-08-01,2026-08-02,,Bot,other,minor,open,,none,\\nI-1,2026-08-03,2026-08-03,,Bot,other,minor,open,,none, | incidents.csv:3:1 | already on line 2
					a missing status           | I-1,2026-08-01,2026-08-02,,Bot,other,minor,,,none, | incidents.csv:2:8 | status is missing
					""")
	void aBadIncidentRegisterIsRefusedAtItsLine(String name, String rows, String where, String reason)
			throws IOException {
		Path incidents = write("incidents.csv", INCIDENT_HEADER + rows.replace("\\n", "\n") + "\n");
		refused(Map.of("incidents", Source.file(incidents)), where, reason);
	}

	@ParameterizedTest(name = "quarter ''{0}''")
	@ValueSource(strings = { "2027Q1", "2027-Q5", "2027-Q0", "Q1-2027", "2027-q1", "27-Q1", "2027-1", "" })
	void aQuarterThatIsNotYyyyQnIsRefused(String quarter) throws IOException {
		Path pack = write("pack.yaml", "quarter: '" + quarter + "'\n");
		assertThatThrownBy(() -> GovernanceFixtures.assess(pack, Map.of(), Map.of()))
			.isInstanceOf(BadInputException.class)
			.satisfies(e -> org.assertj.core.api.Assertions.assertThat(((BadInputException) e).where())
				.isEqualTo("quarter"))
			.hasMessageContaining(quarter.isEmpty() ? "missing" : "expected a quarter written YYYY-Qn");
	}

	@ParameterizedTest(name = "--quarter {0}")
	@ValueSource(strings = { "2027Q1", "2027-Q5", "next quarter" })
	void aQuarterOptionThatIsNotYyyyQnIsRefused(String quarter) throws IOException {
		Path pack = write("pack.yaml", "quarter: 2026-Q3\n");
		assertThatThrownBy(() -> GovernanceFixtures.assess(pack, Map.of("quarter", quarter), Map.of()))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("expected a quarter written YYYY-Qn");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					an escalation to an unknown role | roles: [{id: a, title: A, holder: X}]\\nescalations: [{id: e, trigger: t, steps: [a, cmo]}] | framework.yaml:escalations[0].steps[1] | 'cmo' is not a role of the framework
					a control id of its own          | roles: [{id: a, title: A, holder: X, controls: [ISO-9]}] | framework.yaml:roles[0].controls[0] | is not a control id
					a role twice                     | roles: [{id: a, title: A}, {id: a, title: B}] | framework.yaml:roles[1] | appears twice
					an unknown field                 | roles: [{id: a, title: A, owner: X}] | framework.yaml:roles[0].owner | unknown field 'owner'
					a check evidenced on no date     | checks: [{id: c, title: C, evidencedOn: [last week]}] | framework.yaml:checks[0].evidencedOn[0] | is not a date
					""")
	void aBadFrameworkIsRefusedAtItsField(String name, String yaml, String where, String reason) throws IOException {
		Path framework = write("framework.yaml", yaml.replace("\\n", "\n") + "\n");
		refused(Map.of("framework", Source.file(framework)), where, reason);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					an engagement not recorded | quarter: 2026-Q3\\nengagement: 99 | engagement | no engagement #99
					a risk run not stored      | quarter: 2026-Q3\\nrisk: [{quarter: 2026-Q3, run: 404}] | risk | no stored risk run #404
					a quarter with two runs    | quarter: 2026-Q3\\nrisk: [{quarter: 2026-Q3, run: 11}, {quarter: 2026-Q3, run: 12}] | risk[1].quarter | already has a risk run
					a day before the quarter   | quarter: 2026-Q3\\nasOf: 2026-06-30 | asOf | before the quarter 2026-Q3 begins
					a file that is not there   | quarter: 2026-Q3\\nkpis: missing.csv | kpis | cannot read 'missing.csv'
					""")
	void aBadPackFileIsRefusedAtItsField(String name, String yaml, String where, String reason) throws IOException {
		Path pack = write("pack.yaml", yaml.replace("\\n", "\n") + "\n");
		assertThatThrownBy(() -> GovernanceFixtures.assess(pack, Map.of(), Map.of()))
			.isInstanceOf(BadInputException.class)
			.satisfies(
					e -> org.assertj.core.api.Assertions.assertThat(((BadInputException) e).where()).isEqualTo(where))
			.hasMessageContaining(reason);
	}

	private void refused(Map<String, Source> attachments, String where, String reason) throws IOException {
		Path pack = write("pack.yaml", "quarter: 2026-Q3\n");
		assertThatThrownBy(() -> GovernanceFixtures.assess(pack, Map.of(), attachments))
			.isInstanceOf(BadInputException.class)
			.satisfies(
					e -> org.assertj.core.api.Assertions.assertThat(((BadInputException) e).where()).isEqualTo(where))
			.hasMessageContaining(reason);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

}
