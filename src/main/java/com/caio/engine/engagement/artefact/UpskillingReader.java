package com.caio.engine.engagement.artefact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.Measurement;
import com.caio.engine.engagement.model.Training;
import com.caio.engine.engagement.model.UpskillingContent;
import com.caio.engine.storage.RunStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A stored upskilling run: its skills baseline and curriculum (length, measurable
 * outcomes, the curriculum rules it failed), its modules delivered and assessed become
 * trainings, and its external AI hours by programme month become capability measurements
 * against the baseline, dated the day the artefact was produced.
 */
@Component
class UpskillingReader extends StoredRunReader {

	static final String INDICATOR = "External AI hours a month";

	/** The prefix of the ids of the upskilling rules that judge the curriculum. */
	static final String CURRICULUM_RULES = "UPS-CUR-";

	UpskillingReader(RunStore store) {
		super(store, "upskilling");
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
		Set<String> skills = new TreeSet<>();
		for (JsonNode skill : result.path("baseline").path("skills")) {
			if (skill.path("assessed").asInt() > 0) {
				skills.add(skill.path("skill").asString());
			}
		}
		int unmeasurable = 0;
		for (JsonNode m : result.path("modules")) {
			unmeasurable += m.path("outcomeScore").isNumber() ? 0 : 1;
		}
		Set<String> failed = new TreeSet<>();
		for (JsonNode f : result.path("findings")) {
			if (f.path("ruleId").asString().startsWith(CURRICULUM_RULES)) {
				failed.add(f.path("ruleId").asString());
			}
		}
		return new UpskillingContent(artefact, result.path("baseline").path("respondents").asInt(), skills.size(),
				result.path("curriculum").path("months").asInt(), count(result.path("modules")), unmeasurable,
				List.copyOf(failed), trainings, measurements, shift.path("state").asString());
	}

}
