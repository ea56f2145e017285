package com.caio.engine.engagement.render;

import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.model.StoryStatus;

/** The status as plain text for the terminal, with each criterion's rule id. */
public final class StatusText {

	private StatusText() {
	}

	public static String render(EngagementStatus status) {
		StringBuilder out = new StringBuilder();
		out.append(status.client()).append(": ").append(status.title()).append('\n');
		out.append("as of ")
			.append(status.asOf())
			.append(" (rules ")
			.append(status.ruleSetVersion(), 0, 12)
			.append("); ")
			.append(StatusPdf.summary(status))
			.append('\n');
		for (StoryStatus story : status.stories()) {
			out.append('\n')
				.append(story.id())
				.append("  ")
				.append(story.title())
				.append(": ")
				.append(!story.inScope() ? "not in scope" : story.done() ? "done" : "in progress")
				.append('\n');
			for (CriterionStatus c : story.criteria()) {
				out.append(
						String.format("  %-22s %-12s %s%n", c.id(), StatusWords.state(c.state()), StatusWords.when(c)));
				if (!c.evidence().isEmpty()) {
					out.append("  ")
						.append(" ".repeat(36))
						.append("evidence: ")
						.append(String.join(", ", c.evidence()))
						.append('\n');
				}
				if (c.state() == com.caio.engine.engagement.model.CriterionState.PENDING
						|| c.state() == com.caio.engine.engagement.model.CriterionState.MISSED) {
					out.append("  ").append(" ".repeat(36)).append("needs ").append(c.needs()).append('\n');
				}
			}
		}
		return out.toString();
	}

}
