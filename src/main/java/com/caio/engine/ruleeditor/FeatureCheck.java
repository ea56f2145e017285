package com.caio.engine.ruleeditor;

import java.time.Instant;
import java.util.List;

/**
 * The last run of a draft's acceptance features, as the API and the page show it: its
 * state ({@value #RUNNING}, {@value #PASSED}, {@value #FAILED}, {@value #NOT_RUN},
 * {@value #NO_FEATURES}), whether it ran on the draft's files as they are now
 * ({@code current}), the counts, why it could not run or finish, the scenarios, and a
 * sentence saying all that.
 */
public record FeatureCheck(String folder, String state, boolean current, String filesSha256, String startedBy,
		Instant startedAt, Instant finishedAt, int passed, int failed, int skipped, String reason,
		List<Scenario> scenarios, String summary) {

	/** One scenario's outcome; {@code step} and {@code message} only for a failure. */
	public record Scenario(String name, String feature, String status, String step, String message) {

		public static final String PASSED = "passed";

		public static final String FAILED = "failed";

		public static final String SKIPPED = "skipped";

	}

	public static final String RUNNING = "running";

	public static final String PASSED = "passed";

	public static final String FAILED = "failed";

	public static final String NOT_RUN = "not run";

	public static final String NO_FEATURES = "no features";

	static FeatureCheck of(String folder, String state, boolean current, String sha, String startedBy,
			Instant startedAt, Instant finishedAt, String reason, List<Scenario> scenarios) {
		int passed = count(scenarios, Scenario.PASSED);
		int failed = count(scenarios, Scenario.FAILED);
		int skipped = count(scenarios, Scenario.SKIPPED);
		return new FeatureCheck(folder, state, current, sha, startedBy, startedAt, finishedAt, passed, failed, skipped,
				reason, List.copyOf(scenarios),
				summary(folder, state, current, startedAt, reason, passed, failed, skipped));
	}

	/** A draft whose features have not been run yet. */
	static FeatureCheck notYet(String folder) {
		return of(folder, NOT_RUN, true, null, null, null, null, "they have not been run on this draft yet", List.of());
	}

	/**
	 * Whether publishing may go ahead on this result without an administrator's reason.
	 */
	public boolean lets() {
		return state.equals(NO_FEATURES) || state.equals(PASSED) && current;
	}

	public boolean running() {
		return state.equals(RUNNING);
	}

	/** The names of the scenarios that failed. */
	public List<String> failing() {
		return scenarios.stream().filter(s -> s.status().equals(Scenario.FAILED)).map(s -> s.name()).toList();
	}

	private static int count(List<Scenario> scenarios, String status) {
		return (int) scenarios.stream().filter(s -> s.status().equals(status)).count();
	}

	private static String summary(String folder, String state, boolean current, Instant startedAt, String reason,
			int passed, int failed, int skipped) {
		int total = passed + failed + skipped;
		String of = "the acceptance features of " + folder;
		String sentence = switch (state) {
			case RUNNING -> "The acceptance features of " + folder + " are running on this draft.";
			case PASSED -> "All " + scenarios(total) + " of " + of + " pass on this draft.";
			case FAILED -> failed + " of " + scenarios(total) + " of " + of + " fail on this draft"
					+ (reason == null ? "." : "; " + sentence(reason));
			case NO_FEATURES ->
				"The rule base " + folder + " has no acceptance features, so none need to pass before it is published.";
			default -> startedAt == null ? "The acceptance features of " + folder + " have not been run on this draft."
					: "The acceptance features of " + folder + " were not run: " + sentence(reason);
		};
		return current || state.equals(NO_FEATURES) ? sentence
				: sentence + " The draft has changed since they ran: run them again before publishing.";
	}

	/** A reason as the end of a sentence: one full stop. */
	private static String sentence(String reason) {
		return reason.endsWith(".") ? reason : reason + ".";
	}

	private static String scenarios(int n) {
		return n + (n == 1 ? " scenario" : " scenarios");
	}

}
