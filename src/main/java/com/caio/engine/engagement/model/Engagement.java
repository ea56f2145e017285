package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A fractional CAIO's work with one client: who the client is, when it started, who leads
 * it for the practice and which stories are in scope.
 */
public record Engagement(String client, String title, LocalDate start, String lead, List<String> stories) {

	public Engagement {
		stories = List.copyOf(stories);
	}

	public boolean inScope(String storyId) {
		return stories.contains(storyId);
	}

}
