package com.caio.engine.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import com.caio.engine.opportunities.model.Estimate;
import com.caio.engine.opportunities.model.MvpScope;
import com.caio.engine.opportunities.model.Opportunity;
import com.caio.engine.opportunities.model.Weight;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.api.Test;

/** The published formulas, worked by hand, and the stated tie-break order. */
class ScoringTests {

	static Opportunity use(String id, double reach, double impact, double confidence, double effort, Integer value,
			String risk) {
		return new Opportunity(id, "Use case " + id, "", "kpi", new Estimate(5, 10, 15), reach, impact, confidence,
				new Estimate(effort, effort, effort), value, value == null ? null : 3, value == null ? null : 2, null,
				risk, "", "", 3, List.of(), "", new MvpScope(List.of(), List.of(), "kpi", 5, 15, List.of(), List.of()),
				"line " + id);
	}

	@Test
	void riceIsReachTimesImpactTimesConfidenceOverPersonMonths() {
		// 13 person-weeks = 3 person-months; 1000 x 2 x 0.8 / 3 = 533.33
		Scoring.Scored s = Scoring.rice(List.of(use("A", 1000, 2, 80, 13, null, "low"))).get(0);
		assertThat(s.score()).isCloseTo(533.333, within(0.001));
		assertThat(s.parts()).containsEntry("effortPersonMonths", 3.0);
	}

	@Test
	void wsjfIsCostOfDelayOverJobSize() {
		// (8 + 3 + 2) / 4 = 3.25
		assertThat(Scoring.wsjf(List.of(use("A", 1, 1, 50, 4, 8, "low"))).get(0).score()).isEqualTo(3.25);
	}

	@Test
	void wsjfRefusesAUseCaseWithoutItsInputsNamingIt() {
		assertThatThrownBy(() -> Scoring.wsjf(List.of(use("A", 1, 1, 50, 4, null, "low"))))
			.isInstanceOf(BadInputException.class)
			.hasMessageContaining("line A: use case 'A' has no business_value, which WSJF needs");
	}

	@Test
	void theWeightedScoreNormalisesEachInputThenTheTotal() {
		List<Opportunity> items = List.of(use("A", 100, 1, 50, 10, null, "low"),
				use("B", 300, 1, 100, 20, null, "high"), use("C", 200, 1, 75, 15, null, "medium"));
		// reach: A 0, B 100, C 50; confidence: A 0, B 100, C 50; effort (less is better):
		// A 100, B 0, C 50
		List<Weight> weights = List.of(new Weight("reach", 2, "r"), new Weight("confidence", 1, "c"),
				new Weight("effort", 1, "e"));
		List<Scoring.Scored> scored = Scoring.weighted(items, weights);
		// totals / 4: A 25, B 75, C 50 -> normalised A 0, B 100, C 50
		assertThat(scored.get(0).parts().get("weightedTotal")).isEqualTo(25.0);
		assertThat(scored.stream().map(Scoring.Scored::score).toList()).containsExactly(0.0, 100.0, 50.0);
	}

	@Test
	void anInputNobodyDiffersOnGivesEveryone100() {
		assertThat(Scoring.normalise(new double[] { 4, 4, 4 })).containsExactly(100, 100, 100);
	}

	@Test
	void tiesAreBrokenByConfidenceThenEffortThenBacklogOrder() {
		// equal RICE: 100 x 1 x c / (e / 4.33) chosen so the scores tie
		Opportunity a = use("A", 100, 1, 50, 4, null, "low");
		Opportunity b = use("B", 200, 1, 50, 8, null, "low");
		Opportunity c = use("C", 100, 1, 100, 8, null, "low");
		Opportunity d = use("D", 100, 1, 50, 4, null, "low");
		List<String> order = Scoring.rank("RICE", List.of(a, b, c, d), List.of())
			.stream()
			.map(s -> s.opportunity().id())
			.toList();
		assertThat(order).containsExactly("C", "A", "D", "B");
	}

}
