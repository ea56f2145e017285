package com.caio.engine.engagement.model;

import java.util.List;

/** A story on one day: done when every criterion is met, on time or late. */
public record StoryStatus(String id, String title, String persona, String stage, boolean inScope, boolean done,
		List<CriterionStatus> criteria) {

	public StoryStatus {
		criteria = List.copyOf(criteria);
	}

}
