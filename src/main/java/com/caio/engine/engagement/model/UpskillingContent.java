package com.caio.engine.engagement.model;

import java.util.List;

/**
 * A stored upskilling run as the acceptance rules see it: its skills baseline, its
 * curriculum as its own curriculum rules judged it, the modules it found delivered and
 * assessed (as trainings) and the capability indicator by programme month (as
 * measurements), all dated the day the artefact was produced.
 *
 * @param peopleAssessed the survey's respondents scored against the skills catalogue
 * @param skillsScored the catalogue's skills at least one of them was scored on
 * @param curriculumMonths the curriculum's length; 0 for a run stored before the length
 * was kept
 * @param unmeasurableOutcomes modules whose learning outcome names no score to reach
 * @param curriculumFindings the ids of the curriculum rules ({@code UPS-CUR-*}) the run's
 * curriculum failed
 * @param state the capability shift's state: met, on track, at risk, off track, not
 * enough data
 */
public record UpskillingContent(Artefact artefact, int peopleAssessed, int skillsScored, int curriculumMonths,
		int modules, int unmeasurableOutcomes, List<String> curriculumFindings, List<Training> trainings,
		List<Measurement> measurements, String state) implements ArtefactContent {

	public UpskillingContent {
		curriculumFindings = List.copyOf(curriculumFindings);
		trainings = List.copyOf(trainings);
		measurements = List.copyOf(measurements);
	}

	/** People were scored against the skills catalogue. */
	public boolean baselineCompleted() {
		return peopleAssessed > 0 && skillsScored > 0;
	}

	/** The curriculum has modules and every one's outcome names a score to reach. */
	public boolean outcomesMeasurable() {
		return modules > 0 && unmeasurableOutcomes == 0;
	}

}
