package com.caio.engine.engagement.render;

import com.caio.engine.engagement.model.CriterionState;
import com.caio.engine.engagement.model.CriterionStatus;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.model.StoryStatus;

/**
 * The status as plain text for the terminal: each story and criterion in its words, the
 * story and criterion ids after them as references.
 */
public final class StatusText {

	private static final String INDENT = "     ";

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
				.append(story.title())
				.append(": ")
				.append(!story.inScope() ? "not in scope" : story.done() ? "done" : "in progress")
				.append(" (")
				.append(story.id())
				.append(")\n");
			for (CriterionStatus c : story.criteria()) {
				out.append("  ").append(c.number()).append(". ").append(c.criterion()).append('\n');
				String when = StatusWords.when(c);
				out.append(INDENT)
					.append(StatusWords.state(c.state()))
					.append(when.isEmpty() ? "" : (c.metOn() == null ? ", " : " ") + when)
					.append(" (")
					.append(c.id())
					.append(")\n");
				if (!c.evidence().isEmpty()) {
					out.append(INDENT).append("evidence: ").append(String.join(", ", c.evidence())).append('\n');
				}
				if (c.state() == CriterionState.PENDING || c.state() == CriterionState.MISSED) {
					out.append(INDENT).append("needs ").append(c.needs()).append('\n');
				}
			}
		}
		return out.toString();
	}

}
