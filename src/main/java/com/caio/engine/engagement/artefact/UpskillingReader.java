package com.caio.engine.engagement.artefact;

import java.util.ArrayList;
import java.util.List;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.Measurement;
import com.caio.engine.engagement.model.Training;
import com.caio.engine.engagement.model.UpskillingContent;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A stored upskilling run: its modules delivered and assessed become trainings, and its
 * external AI hours by programme month become capability measurements against the
 * baseline, dated the day the artefact was produced.
 */
@Component
class UpskillingReader extends StoredRunReader {

	static final String INDICATOR = "External AI hours a month";

	UpskillingReader(RunStore store) {
		super(store);
	}

	@Override
	public String kind() {
		return "upskilling";
	}

	@Override
	ArtefactContent content(Artefact artefact, JsonNode result) {
		List<Training> trainings = new ArrayList<>();
		for (JsonNode m : result.path("modules")) {
			if (m.path("deliveredAndAssessed").asBoolean()) {
				trainings.add(new Training(artefact.id() + "/" + m.path("id").asString(), m.path("title").asString(),
						artefact.date(), List.of(m.path("assessed").asInt() + " people assessed"), true, null));
			}
		}
		List<Measurement> measurements = new ArrayList<>();
		JsonNode shift = result.path("shift");
		double baseline = shift.path("baselineExternalHours").asDouble();
		for (JsonNode month : shift.path("months")) {
			int pm = month.path("programmeMonth").asInt();
			if (pm >= 1) {
				measurements
					.add(new Measurement(artefact.id() + "/" + month.path("month").asString(), INDICATOR, "capability",
							pm, baseline, month.path("externalHours").asDouble(), false, artefact.date(), null));
			}
		}
		JsonNode criterion = result.path("criteria").path(0);
		return new UpskillingContent(artefact, result.path("baseline").path("respondents").asInt(),
				"met".equals(criterion.path("state").asString()), trainings, measurements,
				shift.path("state").asString());
	}

}
