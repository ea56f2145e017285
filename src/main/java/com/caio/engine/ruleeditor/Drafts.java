package com.caio.engine.ruleeditor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.rules.RuleRuntime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of the rule bases (the top-level rules folders), kept in the database, and the
 * edit lock each carries: the first editor to open a rule base's draft holds it until
 * they publish or discard it; anyone else is answered 409 with the holder and since when;
 * an administrator may break the lock and take the draft over (audited). A draft starts
 * as a copy of the serving files of its folder and is edited file by file.
 */
@Service
class Drafts {

	static final String LOCK_BROKEN = "rules.lock-broken";

	/** A draft: its folder, who holds it and since when, and its files by path. */
	public record Draft(String folder, String holder, Instant since, String baseVersion, Map<String, byte[]> files) {
	}

	private final JdbcClient jdbc;

	private final RuleRuntime runtime;

	private final AuditLog audit;

	Drafts(JdbcClient jdbc, RuleRuntime runtime, AuditLog audit) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.audit = audit;
	}

	/** The rule bases that can be drafted: the serving set's top-level folders. */
	List<String> folders() {
		return runtime.servingFiles()
			.keySet()
			.stream()
			.map(Drafts::folderOf)
			.filter(folder -> !folder.isEmpty())
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * The draft of this rule base, held by {@code user}: started from the serving files
	 * if there is none, refused (409) if another editor holds it.
	 */
	@Transactional
	Draft open(String folder, String user) {
		requireFolder(folder);
		Optional<Draft> existing = find(folder);
		if (existing.isPresent()) {
			return held(existing.get(), user);
		}
		Instant now = Instant.now();
		try {
			jdbc.sql("INSERT INTO rule_draft (folder, holder, since, base_version, updated_at) "
					+ "VALUES (:folder, :holder, :since, :base, :since)")
				.param("folder", folder)
				.param("holder", user)
				.param("since", Timestamp.from(now))
				.param("base", runtime.current().version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			return held(find(folder).orElseThrow(), user);
		}
		runtime.servingFiles().forEach((path, content) -> {
			if (folderOf(path).equals(folder)) {
				write(folder, path, content);
			}
		});
		return find(folder).orElseThrow();
	}

	/** The draft if there is one, whoever holds it. */
	Optional<Draft> find(String folder) {
		return jdbc.sql("SELECT folder, holder, since, base_version FROM rule_draft WHERE folder = :folder")
			.param("folder", folder)
			.query((rs, n) -> new Draft(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4), files(folder)))
			.optional();
	}

	/** Replaces (or adds) one file of the draft {@code user} holds. */
	@Transactional
	Draft put(String folder, String path, byte[] content, String user) {
		Draft draft = open(folder, user);
		if (!folderOf(path).equals(folder) || path.equals(folder)) {
			throw new EditorProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Not in this rule base",
					"'" + path + "' is not a file of the rule base '" + folder + "'; write " + folder + "/NAME");
		}
		write(folder, path, content);
		jdbc.sql("UPDATE rule_draft SET updated_at = :now WHERE folder = :folder")
			.param("now", Timestamp.from(Instant.now()))
			.param("folder", folder)
			.update();
		return find(draft.folder()).orElseThrow();
	}

	/** Drops the draft and its lock: by its holder, or by an administrator. */
	@Transactional
	void discard(String folder, String user, boolean admin) {
		find(folder).ifPresent(draft -> {
			if (!admin) {
				held(draft, user);
			}
			delete(folder);
		});
	}

	/**
	 * An administrator takes the draft over from its holder; recorded in the audit log.
	 */
	@Transactional
	Draft breakLock(String folder, String admin) {
		Draft draft = find(folder).orElseThrow(() -> new EditorProblem(HttpStatus.NOT_FOUND, "No draft",
				"the rule base '" + folder + "' has no draft, so there is no lock to break"));
		jdbc.sql("UPDATE rule_draft SET holder = :holder, since = :now WHERE folder = :folder")
			.param("holder", admin)
			.param("now", Timestamp.from(Instant.now()))
			.param("folder", folder)
			.update();
		audit.record("user:" + admin, LOCK_BROKEN, "rules", folder,
				"took over the draft of " + folder + " held by " + draft.holder() + " since " + draft.since());
		return find(folder).orElseThrow();
	}

	/** The whole rule set the draft makes: the serving files, its folder's replaced. */
	Map<String, byte[]> wholeSet(Draft draft) {
		Map<String, byte[]> files = new TreeMap<>();
		runtime.servingFiles().forEach((path, content) -> {
			if (!folderOf(path).equals(draft.folder())) {
				files.put(path, content);
			}
		});
		files.putAll(draft.files());
		return files;
	}

	void delete(String folder) {
		jdbc.sql("DELETE FROM rule_draft_file WHERE folder = :folder").param("folder", folder).update();
		jdbc.sql("DELETE FROM rule_draft WHERE folder = :folder").param("folder", folder).update();
	}

	/** As people read a time: 27 Nov 2026 15:03 UTC. */
	private static final java.time.format.DateTimeFormatter SINCE = java.time.format.DateTimeFormatter
		.ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.UK)
		.withZone(java.time.ZoneOffset.UTC);

	private Draft held(Draft draft, String user) {
		if (!draft.holder().equals(user)) {
			throw new EditorProblem(HttpStatus.CONFLICT, "Rule base locked", "the rule base '" + draft.folder()
					+ "' is being edited by " + draft.holder() + " since " + SINCE.format(draft.since())
					+ "; ask them to publish or discard their draft, or an administrator to " + "break the lock",
					Map.of("holder", draft.holder(), "since", draft.since().toString()));
		}
		return draft;
	}

	private void requireFolder(String folder) {
		if (!folders().contains(folder)) {
			throw new EditorProblem(HttpStatus.NOT_FOUND, "No such rule base",
					"no rule base '" + folder + "'; the rule bases are " + String.join(", ", folders()));
		}
	}

	private void write(String folder, String path, byte[] content) {
		String encoded = Base64.getEncoder().encodeToString(content);
		int updated = jdbc.sql("UPDATE rule_draft_file SET content = :content WHERE folder = :folder AND path = :path")
			.param("content", encoded)
			.param("folder", folder)
			.param("path", path)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO rule_draft_file (folder, path, content) VALUES (:folder, :path, :content)")
				.param("folder", folder)
				.param("path", path)
				.param("content", encoded)
				.update();
		}
	}

	private Map<String, byte[]> files(String folder) {
		Map<String, byte[]> files = new TreeMap<>();
		jdbc.sql("SELECT path, content FROM rule_draft_file WHERE folder = :folder")
			.param("folder", folder)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> files.put(rs.getString(1),
					Base64.getDecoder().decode(rs.getString(2))));
		return files;
	}

	static String folderOf(String path) {
		int slash = path.indexOf('/');
		return slash < 0 ? "" : path.substring(0, slash);
	}

}
