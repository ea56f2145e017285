package com.caio.engine.engagement.artefact;

import java.util.HashMap;
import java.util.Map;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.RiskContent;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A stored risk register: its top 5 with their ratings, and its remediation roadmap in
 * priority order.
 */
@Component
class RiskReader extends StoredRunReader {

	RiskReader(RunStore store) {
		super(store, "risk");
	}

	@Override
	ArtefactContent content(Artefact artefact, JsonNode result) {
		Map<String, JsonNode> risks = new HashMap<>();
		result.path("risks").forEach(r -> risks.put(r.path("id").asString(), r));
		int top = 0;
		int rated = 0;
		for (JsonNode id : result.path("top5")) {
			top++;
			JsonNode risk = risks.get(id.asString());
			if (risk != null && risk.path("likelihood").asInt() > 0 && risk.path("impact").asInt() > 0) {
				rated++;
			}
		}
		int actions = 0;
		int incomplete = 0;
		boolean ordered = true;
		int lastPriority = 0;
		for (JsonNode action : result.path("remediation")) {
			actions++;
			if (count(action.path("missing")) > 0) {
				incomplete++;
			}
			// the risk capability orders its roadmap by expected reduction; a priority
			// out
			// of sequence means it was not
			int priority = action.path("priority").asInt();
			ordered &= priority == lastPriority + 1;
			lastPriority = priority;
		}
		return new RiskContent(artefact, top, rated, actions, ordered, incomplete);
	}

}
