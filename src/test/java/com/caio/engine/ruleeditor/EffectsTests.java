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
				"mitigated total changes from 100 to 90", "Finance's data readiness changes from 2 to 3");
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
	void aLongListIsCutWithACountOfTheRest() {
		JsonNode before = json.readTree("{\"a\":1,\"b\":1,\"c\":1}");
		JsonNode after = json.readTree("{\"a\":2,\"b\":2,\"c\":2}");

		assertThat(Effects.sentences(before, JsonDiff.between(before, after), 2)).hasSize(3)
			.last()
			.isEqualTo("and 1 more change");
	}

}
