package com.caio.engine.engagement.model;

import java.util.List;

/**
 * A user story of the practice with its acceptance criteria, quoted word for word.
 *
 * @param id the stable id an engagement file names it by, e.g. {@code CDO-ASSESSMENT}
 * @param title a short name a client reads, e.g. "AI maturity and risk assessment"
 */
public record Story(String id, String persona, String stage, String title, String text, List<Criterion> criteria) {

	public Story {
		criteria = List.copyOf(criteria);
	}

	static Story of(String id, String persona, String stage, String title, String text, String... criteria) {
		List<Criterion> list = new java.util.ArrayList<>();
		for (int i = 0; i < criteria.length; i++) {
			list.add(new Criterion(id, i + 1, criteria[i]));
		}
		return new Story(id, persona, stage, title, text, list);
	}

}
