package com.caio.engine.engagement.model;

/**
 * One acceptance criterion of a user story, in the story's own words.
 *
 * @param number its position in the story, from 1
 */
public record Criterion(String storyId, int number, String words) {

	/** The id of the rule that checks it, e.g. {@code AC-CDO-ASSESSMENT-4}. */
	public String id() {
		return "AC-" + storyId + "-" + number;
	}

}
