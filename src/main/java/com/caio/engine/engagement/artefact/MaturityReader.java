package com.caio.engine.engagement.artefact;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.MaturityContent;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** A stored maturity assessment: the dimensions it scored and its overall level. */
@Component
class MaturityReader extends StoredRunReader {

	MaturityReader(RunStore store) {
		super(store, "maturity");
	}

	@Override
	ArtefactContent content(Artefact artefact, JsonNode result) {
		List<String> scored = new ArrayList<>();
		for (JsonNode d : result.path("dimensions")) {
			if (d.path("score").isNumber()) {
				scored.add(d.path("dimension").asString());
			}
		}
		JsonNode level = result.path("overall").path("level");
		return new MaturityContent(artefact, scored, level.isNumber() ? level.asInt() : null);
	}

}
