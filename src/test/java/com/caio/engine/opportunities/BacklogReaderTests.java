package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.Opportunity;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;

/**
 * Reading the workshop's backlog from CSV and YAML, and refusing what cannot be ranked.
 */
class BacklogReaderTests {

	private static final String HEADER = "id,title,target_kpi,uplift_low,uplift_likely,uplift_high,reach,impact,confidence,"
			+ "effort_low,effort_likely,effort_high,risk_level,dependencies\n";

	static Backlog example(String name) throws Exception {
		try (InputStream in = Files.newInputStream(Path.of("examples", name))) {
			return new BacklogReader().read(in, name, null);
		}
	}

	private static Backlog csv(String rows) throws CsvFormatException {
		return new BacklogReader().read(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
				"backlog.csv", null);
	}

	private static Backlog yaml(String text) throws CsvFormatException {
		return new BacklogReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "backlog.yaml",
				null);
	}

	@Test
	void theCsvAndYamlExamplesHoldTheSameSevenUseCases() throws Exception {
		Backlog csv = example("opportunity-backlog.csv");
		Backlog yaml = example("opportunity-backlog.yaml");
		assertThat(csv.opportunities()).hasSize(7);
		assertThat(csv.name()).isEqualTo("Opportunity backlog");
		assertThat(yaml.method()).isEqualTo("wsjf");
		assertThat(yaml.targetUpliftLow()).isEqualTo(10.0);
		for (int i = 0; i < 7; i++) {
			Opportunity c = csv.opportunities().get(i);
			Opportunity y = yaml.opportunities().get(i);
			assertThat(y).usingRecursiveComparison().ignoringFields("where").isEqualTo(c);
		}
		Opportunity nudges = csv.opportunities().get(0);
		assertThat(nudges.impact()).isEqualTo(2.0);
		assertThat(nudges.effortWeeks().pertMean()).isEqualTo((6 + 4 * 8 + 12) / 6.0);
		assertThat(nudges.scope().in()).hasSize(3);
		assertThat(nudges.scope().complete()).isTrue();
		assertThat(csv.opportunities().get(5).dependencies()).containsExactly("OPP-03");
	}

	@Test
	void confidenceAbove100PercentIsRefusedAtItsCell() {
		assertThatThrownBy(() -> csv("A,One,kpi,1,2,3,100,high,120,1,2,3,low,\n")).isInstanceOf(BadInputException.class)
			.hasMessage(
					"backlog.csv:2:9: confidence '120' is out of range; accepted: a percentage from 0 to 100, such as 80 or 80%");
	}

	@Test
	void aPercentSignIsAccepted() throws Exception {
		assertThat(csv("A,One,kpi,1%,2%,3%,100,0.5,80%,1,2,3,low,\n").opportunities().get(0).confidencePercent())
			.isEqualTo(80.0);
	}

	@Test
	void anEffortOutOfOrderIsRefusedWithWhatIsAccepted() {
		assertThatThrownBy(() -> csv("A,One,kpi,1,2,3,100,high,80,5,2,3,low,\n")).isInstanceOf(BadInputException.class)
			.hasMessageContaining(
					"backlog.csv:2:10: effort_low 5 is above effort_likely 2; accepted: low <= likely <= high");
	}

	@Test
	void anImpactOffTheRiceScaleIsRefused() {
		assertThatThrownBy(() -> csv("A,One,kpi,1,2,3,100,4,80,1,2,3,low,\n")).hasMessageContaining(
				"backlog.csv:2:8: impact '4' is not on the RICE scale; accepted: 3, 2, 1, 0.5, 0.25 or massive");
	}

	@Test
	void anUnknownDependencyIsRefusedNamingTheKnownIds() {
		assertThatThrownBy(
				() -> csv("A,One,kpi,1,2,3,100,high,80,1,2,3,low,\nB,Two,kpi,1,2,3,100,high,80,1,2,3,low,Z\n"))
			.hasMessageContaining(
					"backlog.csv:3: dependency 'Z' is not another use case of the backlog; known ids: A, B");
	}

	@Test
	void aDuplicateIdIsRefused() {
		assertThatThrownBy(
				() -> csv("A,One,kpi,1,2,3,100,high,80,1,2,3,low,\nA,Two,kpi,1,2,3,100,high,80,1,2,3,low,\n"))
			.hasMessageContaining("backlog.csv:3: duplicate id 'A' (first at backlog.csv:2)");
	}

	@Test
	void anUnknownColumnIsRefusedWithTheAcceptedOnes() {
		assertThatThrownBy(() -> new BacklogReader()
			.read(new ByteArrayInputStream("id,title,votes\n".getBytes(StandardCharsets.UTF_8)), "b.csv", null))
			.isInstanceOf(CsvFormatException.class)
			.hasMessageContaining("unknown column 'votes'; accepted: id, title");
	}

	@Test
	void aRaggedRowIsRefusedAtItsLine() {
		assertThatThrownBy(() -> csv("A,One,kpi,1,2,3\n")).isInstanceOf(CsvFormatException.class)
			.satisfies(ex -> assertThat(((CsvFormatException) ex).line()).isEqualTo(2));
	}

	@Test
	void yamlRefusalsNameTheFieldPath() {
		String item = "opportunities:\n  - {id: A, title: One, targetKpi: k, uplift: {low: 1, likely: 2, high: 3}, reach: 1,"
				+ " impact: high, confidence: %s, effort: {low: 1, likely: 2, high: 3}, riskLevel: low%s}\n";
		assertThatThrownBy(() -> yaml(item.formatted("101", ""))).hasMessage(
				"opportunities[0].confidence: confidence '101' is out of range; accepted: a percentage from 0 to 100, such as 80 or 80%");
		assertThatThrownBy(() -> yaml(item.formatted("80", ", mitigaton: x")))
			.hasMessageStartingWith("opportunities[0].mitigaton: unknown field");
		assertThatThrownBy(() -> yaml(item.formatted("80", "").replace("effort: {low: 1", "effort: {low: 4")))
			.hasMessageStartingWith("opportunities[0].effort.low: effort_low 4 is above effort_likely 2");
		assertThatThrownBy(() -> yaml(item.formatted("80", ", riskLevel: high")))
			.hasMessageContaining("not valid YAML: Duplicate Object property \"riskLevel\"");
	}

}
