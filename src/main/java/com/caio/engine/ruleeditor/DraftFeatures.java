package com.caio.engine.ruleeditor;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.caio.engine.common.Hashing;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The acceptance features of a draft's rule base run against the draft (issue 17):
 * started by the draft's holder or an administrator, run one at a time off the request
 * thread by {@link FeatureRunner}, the result kept on the draft
 * ({@code rule_draft_features}) with the SHA-256 of the draft files it ran on; and the
 * gate publishing asks: the features of the draft's current files passed, or the rule
 * base has none, or the gate is off ({@code caio.rules.features.required=false}).
 */
@Service
class DraftFeatures {

	private static final Logger log = LoggerFactory.getLogger(DraftFeatures.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<FeatureCheck.Scenario>> SCENARIOS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Drafts drafts;

	private final FeatureRunner runner;

	private final boolean required;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "draft-features");
		thread.setDaemon(true);
		return thread;
	});

	DraftFeatures(JdbcClient jdbc, Drafts drafts, FeatureRunner runner,
			@Value("${caio.rules.features.required:true}") boolean required) {
		this.jdbc = jdbc;
		this.drafts = drafts;
		this.runner = runner;
		this.required = required;
	}

	/** Whether a failing or missing check blocks publishing. */
	boolean required() {
		return required;
	}

	/**
	 * Starts the features of the draft of {@code folder} (opened for {@code user} if
	 * there is none): at once "no features" or "not run" when they cannot run, else
	 * "running" until the child JVM is done. A run under way for the draft is answered as
	 * it stands.
	 */
	synchronized FeatureCheck start(String folder, String user, boolean admin) {
		Drafts.Draft draft = admin ? drafts.find(folder).orElseGet(() -> drafts.open(folder, user))
				: drafts.open(folder, user);
		FeatureCheck now = of(draft);
		if (now.running()) {
			return now;
		}
		String sha = sha256(draft.files());
		String token = UUID.randomUUID().toString();
		if (!runner.hasFeatures(folder)) {
			store(folder, token, FeatureCheck.NO_FEATURES, sha, user, null);
			return finish(folder, token, FeatureCheck.NO_FEATURES, null, List.of());
		}
		String cannot = runner.cannotRun();
		if (cannot != null) {
			store(folder, token, FeatureCheck.NOT_RUN, sha, user, cannot);
			return finish(folder, token, FeatureCheck.NOT_RUN, cannot, List.of());
		}
		store(folder, token, FeatureCheck.RUNNING, sha, user, null);
		Map<String, byte[]> files = drafts.wholeSet(draft);
		worker.execute(() -> run(folder, token, files));
		return of(drafts.find(folder).orElseThrow());
	}

	private void run(String folder, String token, Map<String, byte[]> files) {
		long started = System.nanoTime();
		try {
			FeatureRunner.Outcome outcome = runner.run(folder, files);
			String state = outcome.state();
			finish(folder, token, state, outcome.reason(), outcome.scenarios());
			log.info("acceptance features of the draft of {}: {} in {} s", folder, state,
					(System.nanoTime() - started) / 1_000_000_000L);
		}
		catch (RuntimeException ex) {
			log.warn("acceptance features of the draft of {} failed to run", folder, ex);
			finish(folder, token, FeatureCheck.NOT_RUN, "the server failed while running them (" + ex + ")", List.of());
		}
	}

	/** The last check of this draft, judged against its files now. */
	FeatureCheck of(Drafts.Draft draft) {
		String sha = sha256(draft.files());
		return jdbc.sql("""
				SELECT state, files_sha256, started_by, started_at, finished_at, reason, scenarios
				FROM rule_draft_features WHERE folder = :folder""").param("folder", draft.folder()).query((rs, n) -> {
			Instant startedAt = rs.getTimestamp("started_at").toInstant();
			Timestamp finishedAt = rs.getTimestamp("finished_at");
			String state = rs.getString("state");
			String reason = rs.getString("reason");
			if (state.equals(FeatureCheck.RUNNING) && overdue(startedAt)) {
				state = FeatureCheck.NOT_RUN;
				reason = "the run did not finish (the server may have been restarted while it ran); run them again";
			}
			String scenarios = rs.getString("scenarios");
			return FeatureCheck.of(draft.folder(), state, sha.equals(rs.getString("files_sha256")),
					rs.getString("files_sha256"), rs.getString("started_by"), startedAt,
					finishedAt == null ? null : finishedAt.toInstant(), reason,
					scenarios == null ? List.of() : JSON.readValue(scenarios, SCENARIOS));
		}).optional().orElseGet(() -> FeatureCheck.notYet(draft.folder()));
	}

	/**
	 * Why publishing this draft is refused without an administrator's reason; empty when
	 * it may go ahead. {@code check} is the draft's check as {@link #of} reads it.
	 */
	Optional<String> refusal(Drafts.Draft draft, FeatureCheck check) {
		if (!required || !runner.hasFeatures(draft.folder())) {
			return Optional.empty();
		}
		if (check.lets()) {
			return Optional.empty();
		}
		String of = "The acceptance features of " + draft.folder();
		String why;
		if (!check.current()) {
			why = "The draft of " + draft.folder()
					+ " has changed since its acceptance features last ran; run them again and publish when they pass";
		}
		else if (check.running()) {
			why = of + " are still running on this draft; publish when they pass";
		}
		else if (check.state().equals(FeatureCheck.FAILED)) {
			List<String> failing = check.failing();
			why = of + " fail for this draft: " + (failing.isEmpty() ? bare(check.reason())
					: String.join(", ", failing.stream().map(name -> "'" + name + "'").toList()));
		}
		else if (check.startedAt() == null) {
			why = of + " have not been run on this draft; run them (about a minute) and publish when they pass";
		}
		else {
			why = of + " have not passed on this draft: " + bare(check.reason());
		}
		return Optional.of(why + ". An administrator can publish it anyway with a reason.");
	}

	private static String bare(String reason) {
		return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
	}

	private boolean overdue(Instant startedAt) {
		return startedAt.plus(runner.timeout()).plus(2, ChronoUnit.MINUTES).isBefore(Instant.now());
	}

	private void store(String folder, String token, String state, String sha, String user, String reason) {
		Timestamp now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
		jdbc.sql("DELETE FROM rule_draft_features WHERE folder = :folder").param("folder", folder).update();
		jdbc.sql("""
				INSERT INTO rule_draft_features (folder, state, run_token, files_sha256, started_by, started_at, reason)
				VALUES (:folder, :state, :token, :sha, :by, :at, :reason)""")
			.param("folder", folder)
			.param("state", state)
			.param("token", token)
			.param("sha", sha)
			.param("by", user)
			.param("at", now)
			.param("reason", reason)
			.update();
	}

	/** Records the end of a run, unless the draft or a newer run took its place. */
	private FeatureCheck finish(String folder, String token, String state, String reason,
			List<FeatureCheck.Scenario> scenarios) {
		jdbc.sql(
				"""
						UPDATE rule_draft_features SET state = :state, finished_at = :at, reason = :reason, scenarios = :scenarios,
						passed = :passed, failed = :failed, skipped = :skipped WHERE folder = :folder AND run_token = :token""")
			.param("state", state)
			.param("at", Timestamp.from(Instant.now()))
			.param("reason", reason)
			.param("scenarios", JSON.writeValueAsString(scenarios))
			.param("passed", count(scenarios, FeatureCheck.Scenario.PASSED))
			.param("failed", count(scenarios, FeatureCheck.Scenario.FAILED))
			.param("skipped", count(scenarios, FeatureCheck.Scenario.SKIPPED))
			.param("folder", folder)
			.param("token", token)
			.update();
		return drafts.find(folder).map(this::of).orElseGet(() -> FeatureCheck.notYet(folder));
	}

	private static int count(List<FeatureCheck.Scenario> scenarios, String status) {
		return (int) scenarios.stream().filter(s -> s.status().equals(status)).count();
	}

	/**
	 * The SHA-256 of a draft's files: each path and the SHA-256 of its content, in order.
	 */
	static String sha256(Map<String, byte[]> files) {
		MessageDigest all = Hashing.sha256();
		new java.util.TreeMap<>(files).forEach((path, content) -> {
			all.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			all.update((byte) 0);
			all.update(Hashing.sha256().digest(content));
		});
		return Hashing.hex(all);
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
