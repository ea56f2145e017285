package com.caio.engine.ruleversions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleVersionFiles;
import org.springframework.stereotype.Service;

/**
 * Every published rule-set version kept in the database with its files: recorded from the
 * runtime's reloads (a publication that changed nothing is not a new version; one taken
 * over from another server, cause {@value #SYNC}, was recorded by that server), listed,
 * compared and published again (a roll back). There is no "practice" entity: the rule set
 * is the whole server's, and so is its history.
 */
@Service
public class RuleVersions implements RuleVersionFiles {

	/** The cause of a publication taken over from another server. */
	public static final String SYNC = "sync";

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{8,64}");

	/** How the publication under way on this thread came about, when not told by it. */
	private record Pending(String how, String comment, String overrideReason) {
	}

	private final RuleRuntime runtime;

	private final RuleVersionStore store;

	private final ThreadLocal<Pending> pending = new ThreadLocal<>();

	RuleVersions(RuleRuntime runtime, RuleVersionStore store) {
		this.runtime = runtime;
		this.store = store;
		runtime.onReload(this::record);
	}

	/** Refused (422) because the old files no longer pass today's compiler and checks. */
	public static class RollbackRefusedException extends RuntimeException {

		private final transient List<RuleMessage> messages;

		RollbackRefusedException(String message, List<RuleMessage> messages) {
			super(message);
			this.messages = List.copyOf(messages);
		}

		public List<RuleMessage> messages() {
			return messages;
		}

	}

	private void record(RuleRuntime.Reload reload) {
		if (!reload.published() || reload.unchanged() || SYNC.equals(reload.cause())) {
			return;
		}
		Pending told = pending.get();
		String comment = told != null ? told.comment() : reload.comment();
		String how = told != null ? told.how()
				: comment == null || comment.isBlank() ? RuleVersion.FILE : RuleVersion.PUBLISH;
		store.record(reload.version(), byPath(reload.files()), reload.cause(), how, comment, reload.previousVersion(),
				reload.ruleCount(), told == null ? null : told.overrideReason());
	}

	/**
	 * Keeps the version serving now as found at start, unless it is the newest kept.
	 * @return the row appended, if any
	 */
	Optional<RuleVersion> keepServingAtStart() {
		String serving = runtime.status().servingVersion();
		if (serving == null) {
			return Optional.empty();
		}
		List<RuleVersion> newest = store.newest(1);
		if (!newest.isEmpty() && newest.get(0).version().equals(serving)) {
			return Optional.empty();
		}
		return Optional.of(store.record(serving, runtime.servingFiles(), "system:start", RuleVersion.START, "",
				newest.isEmpty() ? null : newest.get(0).version(), runtime.catalogue().size(), null));
	}

	/** The newest publications first. */
	public List<RuleVersion> list(int limit) {
		return store.newest(Math.min(Math.max(limit, 1), 1000));
	}

	/**
	 * The full version id for a version id or a unique prefix of at least 8 hex digits.
	 * @throws NotFoundException when no kept version starts so
	 * @throws Refusal when the reference is too short, not hex, or names several
	 */
	public String resolve(String ref) {
		String prefix = ref == null ? "" : ref.trim().toLowerCase(java.util.Locale.ROOT);
		if (!HEX.matcher(prefix).matches()) {
			throw new Refusal("version", "'" + ref + "' is not a version id",
					"the version's SHA-256 (64 hex digits) or its first 8 or more");
		}
		List<String> found = store.versionsStartingWith(prefix);
		if (found.isEmpty()) {
			throw new NotFoundException("no kept rule-set version " + prefix);
		}
		if (found.size() > 1) {
			throw new Refusal("version",
					"'" + prefix + "' names several kept versions (" + String.join(", ", found) + ")",
					"more digits of the version id");
		}
		return found.get(0);
	}

	/**
	 * The files of a version (path, SHA-256, size); the reference as for
	 * {@link #resolve}.
	 */
	public List<VersionFile> fileList(String ref) {
		return store.files(resolve(ref));
	}

	/** The publications of a version, newest first. */
	public List<RuleVersion> publications(String ref) {
		return store.publications(resolve(ref));
	}

	/** The files of a kept version by its full id, with their content. */
	@Override
	public Optional<Map<String, byte[]>> files(String version) {
		Map<String, byte[]> files = version == null ? Map.of() : store.contents(version);
		return files.isEmpty() ? Optional.empty() : Optional.of(files);
	}

	/** What changed from version {@code a} to version {@code b}. */
	public VersionDiff diff(String a, String b) {
		String from = resolve(a);
		String to = resolve(b);
		return VersionDiff.of(from, store.contents(from), to, store.contents(to));
	}

	/**
	 * Publishes the files of an earlier version again, as a new publication recorded with
	 * how {@code rollback}; the audit trail gets "Roll back to ...: comment".
	 * @throws RollbackRefusedException when they no longer pass the compiler and checks
	 */
	public RuleVersion rollback(String ref, String actor, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new Refusal("comment", "a roll back needs a comment saying why",
					"a sentence, e.g. 'the new bands " + "moved too many risks to Critical'");
		}
		String version = resolve(ref);
		String shortId = version.substring(0, 12);
		if (version.equals(runtime.status().servingVersion())) {
			throw new Refusal("version", "version " + shortId + " is serving already",
					"an earlier version from the history");
		}
		pending.set(new Pending(RuleVersion.ROLLBACK, comment.trim(), null));
		RuleRuntime.Status status;
		try {
			status = runtime.publish(store.contents(version), actor,
					"Roll back to version " + shortId + ": " + comment.trim());
		}
		finally {
			pending.remove();
		}
		if (!status.lastBuildSucceeded()) {
			throw new RollbackRefusedException(
					"version " + shortId
							+ " no longer passes today's compiler and checks; the version serving keeps serving",
					status.messages());
		}
		return store.publications(version).get(0);
	}

	/**
	 * Publishes files whose acceptance features did not pass, as an administrator
	 * decided: the reason is kept with the version ({@code overrideReason}) and told to
	 * the audit trail after the comment.
	 */
	public RuleRuntime.Status publishOverriding(Map<String, byte[]> files, String actor, String comment,
			String reason) {
		pending.set(new Pending(RuleVersion.PUBLISH, comment, reason));
		try {
			return runtime.publish(files, actor,
					comment + " (published although its acceptance features did not pass: " + reason + ")");
		}
		finally {
			pending.remove();
		}
	}

	private static Map<String, byte[]> byPath(List<RuleFile> files) {
		Map<String, byte[]> map = new TreeMap<>();
		files.forEach(f -> map.put(f.relativePath(), f.content()));
		return map;
	}

}
