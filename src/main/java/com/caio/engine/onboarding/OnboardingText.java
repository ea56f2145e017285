package com.caio.engine.onboarding;

import com.caio.engine.storage.Run;

/** The plain-text plan the CLI prints. */
public final class OnboardingText {

	private OnboardingText() {
	}

	static String render(Run<OnboardingResult> run) {
		OnboardingResult r = run.result();
		StringBuilder out = new StringBuilder();
		out.append(r.engagement()).append(": 90-day plan (run ").append(run.id()).append(")\n");
		out.append("Start ")
			.append(r.startDate())
			.append(", day 90 ")
			.append(r.day90())
			.append(", as of ")
			.append(r.asOf())
			.append('\n');
		if (r.nextDue() != null) {
			out.append("Next due: ")
				.append(r.nextDue().item())
				.append(" on ")
				.append(r.nextDue().dueDate())
				.append(" (")
				.append(when(r.nextDue().daysUntil()))
				.append(")\n");
		}
		out.append("\nStory criteria:\n");
		r.criteria().forEach(c -> out.append(String.format("  %-8s %s (due %s)%n", c.state(), c.title(), c.dueDate())));
		out.append("\nMilestones:\n");
		r.milestones()
			.forEach(m -> out.append(String.format("  W%-2d %s  %-8s %s (accountable: %s)%n", m.week(), m.dueDate(),
					m.state(), m.name(), m.accountable())));
		out.append("\nSteering meetings: ")
			.append(String.join(", ", r.steeringMeetings().stream().map(String::valueOf).toList()))
			.append('\n');
		out.append("\nFindings:").append(r.findings().isEmpty() ? " none\n" : "\n");
		// the rule id after the sentence, as its reference: a reader starts with what it
		// says
		r.findings()
			.forEach(f -> out.append("  [")
				.append(f.severity())
				.append("] ")
				.append(f.message())
				.append(" (")
				.append(f.ruleId())
				.append(")\n"));
		return out.toString();
	}

	/** How far off a due date is, as a person says it: today, tomorrow, in 5 days. */
	public static String when(long daysUntil) {
		return daysUntil == 0 ? "today" : daysUntil == 1 ? "tomorrow" : "in " + daysUntil + " days";
	}

}
