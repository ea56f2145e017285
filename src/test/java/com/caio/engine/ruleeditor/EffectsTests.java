package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Differences told in sentences: named elements grouped by move, the rest by field. */
class EffectsTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void risksThatMoveTheSameWayAreToldTogetherAndOtherChangesByTheirWords() {
		JsonNode before = json.readTree("""
				{"ranked":[{"id":"R-04","band":"Critical"},{"id":"R-05","band":"High"},{"id":"R-07","band":"Critical"}],
				 "mitigatedTotal":100,"segments":[{"name":"Finance","dataReadiness":2}]}""");
		JsonNode after = json.readTree("""
				{"ranked":[{"id":"R-04","band":"High"},{"id":"R-05","band":"High"},{"id":"R-07","band":"High"}],
				 "mitigatedTotal":90,"segments":[{"name":"Finance","dataReadiness":3}]}""");

		List<String> sentences = Effects.sentences(before, JsonDiff.between(before, after), 12);

		assertThat(sentences).containsExactly("R-04 and R-07 move from Critical to High",
				"Mitigated total changes from 100 to 90", "Finance's data readiness changes from 2 to 3");
	}

	@Test
	void identicalTreesHaveNoDifferenceAndNumbersCompareByValue() {
		JsonNode a = json.readTree("{\"x\":1.50,\"y\":[1,2],\"z\":null}");
		JsonNode b = json.readTree("{\"x\":1.5,\"y\":[1,2]}");

		assertThat(JsonDiff.between(a, b)).isEmpty();
		assertThat(JsonDiff.between(a, json.readTree("{\"x\":1.5,\"y\":[1,2,3]}")))
			.containsExactly(new JsonDiff.Difference("$.y[2]", null, "3"));
	}

	@Test
	void namedElementsAreMatchedByNameWhereverTheyStandAndFindingsThatComeOrGoAreSaid() {
		JsonNode before = json.readTree(
				"""
						{"risks":[{"id":"R-04","rank":4,"band":"Critical"},{"id":"R-07","rank":5,"band":"Critical"},
						          {"id":"R-09","rank":6,"band":"High"}],
						 "findings":[{"ruleId":"RISK-ESC-001","subject":"R-04","message":"Critical risk R-04 has no owner","evidence":["R-04"]},
						             {"ruleId":"RISK-ESC-003","subject":"R-01","message":"R-01 escalates","evidence":["R-01"]}]}""");
		JsonNode after = json.readTree(
				"""
						{"risks":[{"id":"R-09","rank":4,"band":"High"},{"id":"R-04","rank":5,"band":"High"},
						          {"id":"R-07","rank":6,"band":"High"}],
						 "findings":[{"ruleId":"RISK-ESC-003","subject":"R-01","message":"R-01 escalates","evidence":["R-01"]},
						             {"ruleId":"RISK-ESC-003","subject":"R-04","message":"R-04 escalates","evidence":["R-04"]}]}""");

		List<String> sentences = Effects.sentences(before, JsonDiff.between(before, after), 12);

		assertThat(sentences).containsExactlyInAnyOrder("R-04 and R-07 move from Critical to High",
				"R-04's rank changes from 4 to 5", "R-07's rank changes from 5 to 6", "R-09's rank changes from 6 to 4",
				"Finding removed: Critical risk R-04 has no owner", "Finding added: R-04 escalates");
		assertThat(sentences.get(0)).isEqualTo("R-04 and R-07 move from Critical to High");
	}

	@Test
	void heatmapCellsAreNamedByTheirRatingsAndAColourFollowingAMoveIsNotSaidTwice() {
		JsonNode before = json.readTree("""
				{"cells":[{"likelihood":3,"impact":5,"band":"Critical","colour":"#d73027"},
				          {"likelihood":5,"impact":3,"band":"Critical","colour":"#d73027"},
				          {"likelihood":1,"impact":1,"band":"Low","colour":"#91cf60"}]}""");
		JsonNode after = json.readTree("""
				{"cells":[{"likelihood":3,"impact":5,"band":"High","colour":"#fc8d59"},
				          {"likelihood":5,"impact":3,"band":"High","colour":"#fc8d59"},
				          {"likelihood":1,"impact":1,"band":"Low","colour":"#00ff00"}]}""");

		assertThat(Effects.sentences(before, JsonDiff.between(before, after), 12)).containsExactly(
				"The cell likelihood 3 x impact 5 and the cell likelihood 5 x impact 3 move from Critical to High",
				"The cell likelihood 1 x impact 1's colour changes from #91cf60 to #00ff00");
	}

	@Test
	void listsWithoutNamesOrWithTwiceTheSameNameAreComparedByPosition() {
		JsonNode before = json.readTree("{\"y\":[{\"id\":\"a\",\"v\":1},{\"id\":\"a\",\"v\":2}]}");
		JsonNode after = json.readTree("{\"y\":[{\"id\":\"a\",\"v\":2},{\"id\":\"a\",\"v\":1}]}");

		assertThat(JsonDiff.between(before, after)).containsExactly(new JsonDiff.Difference("$.y[0].v", "1", "2"),
				new JsonDiff.Difference("$.y[1].v", "2", "1"));
	}

	@Test
	void aLongListIsCutWithACountOfTheRest() {
		JsonNode before = json.readTree("{\"a\":1,\"b\":1,\"c\":1}");
		JsonNode after = json.readTree("{\"a\":2,\"b\":2,\"c\":2}");

		assertThat(Effects.sentences(before, JsonDiff.between(before, after), 2)).hasSize(3)
			.last()
			.isEqualTo("and 1 more change");
	}

}
