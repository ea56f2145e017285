package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/** Every story of an engagement judged as of one day, by one version of the rules. */
public record EngagementStatus(long engagementId, String client, String title, LocalDate start, String lead,
		LocalDate asOf, String ruleSetVersion, int records, List<StoryStatus> stories) {

	public EngagementStatus {
		stories = List.copyOf(stories);
	}

}
