package com.caio.engine.engagement.model;

import java.util.List;

/**
 * A stored upskilling run as the acceptance rules see it: the modules it found delivered
 * and assessed (as trainings) and the capability indicator by programme month (as
 * measurements), all dated the day the artefact was produced.
 *
 * @param state the capability shift's state: met, on track, at risk, off track, not
 * enough data
 */
public record UpskillingContent(Artefact artefact, int peopleAssessed, boolean curriculumAgreed,
		List<Training> trainings, List<Measurement> measurements, String state) implements ArtefactContent {

	public UpskillingContent {
		trainings = List.copyOf(trainings);
		measurements = List.copyOf(measurements);
	}

}
