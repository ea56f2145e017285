package com.caio.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The comparison the peer checks rely on finds what differs, and only that. */
class PeerAgreementTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aNumberBeyondTheToleranceAListOfAnotherLengthAndAMissingFieldAreDifferences() {
		List<String> differences = new ArrayList<>();
		PeerAgreement.compare(json.readTree("{\"a\": 2.0000001, \"b\": [1, 2], \"c\": \"x\", \"d\": null}"),
				json.readTree("{\"a\": 2, \"b\": [1, 2, 3], \"c\": \"x\", \"e\": 1}"), "", differences);
		assertThat(differences).containsExactly("/a: 2.0000001 against 2.0", "/b: [1,2] against [1,2,3]",
				"/d: not in the engine's result");
	}

	@Test
	void numbersAgreeWithinOnePartInABillionAndTheEnginesExtraFieldsAreNotCompared() {
		List<String> differences = new ArrayList<>();
		PeerAgreement.compare(json.readTree("{\"a\": 2.0000000000001, \"b\": [{\"n\": 3}], \"c\": null}"),
				json.readTree("{\"a\": 2, \"b\": [{\"n\": 3.0, \"m\": 1}], \"c\": null, \"more\": true}"), "",
				differences);
		assertThat(differences).isEmpty();
	}

}
