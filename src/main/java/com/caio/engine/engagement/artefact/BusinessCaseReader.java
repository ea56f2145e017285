package com.caio.engine.engagement.artefact;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.BusinessCaseContent;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** A stored business case: its scenarios, baseline, expected payback and sources. */
@Component
class BusinessCaseReader extends StoredRunReader {

	BusinessCaseReader(RunStore store) {
		super(store, "businesscase");
	}

	@Override
	ArtefactContent content(Artefact artefact, JsonNode result) {
		int scenarios = 0;
		Double payback = null;
		for (JsonNode s : result.path("scenarios")) {
			String name = s.path("name").asString("");
			if (name.equals("conservative") || name.equals("expected") || name.equals("aggressive")) {
				scenarios++;
			}
			if (name.equals("expected") && s.path("paybackMonths").isNumber()) {
				payback = s.path("paybackMonths").asDouble();
			}
		}
		JsonNode input = result.path("input");
		String rationale = input.path("longerHorizonRationale").asString("");
		int untraced = 0;
		for (JsonNode a : result.path("assumptions")) {
			if (a.path("source").asString("").isBlank()) {
				untraced++;
			}
		}
		return new BusinessCaseContent(artefact, scenarios, count(input.path("baseline")), payback,
				!rationale.isBlank(), untraced);
	}

}
