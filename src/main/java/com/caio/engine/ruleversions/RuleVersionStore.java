package com.caio.engine.ruleversions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.caio.engine.common.Hashing;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tables of V60: file bodies once per SHA-256 ({@code rule_blob}), each version's
 * file list once ({@code rule_version_file}) and one row per publication
 * ({@code rule_version}). Portable between H2 and PostgreSQL.
 */
@Repository
class RuleVersionStore {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	RuleVersionStore(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Keeps the files of {@code version} (once) and appends a publication row.
	 * @return the row appended
	 */
	RuleVersion record(String version, Map<String, byte[]> files, String by, String how, String comment,
			String replaced, int ruleCount, String overrideReason) {
		Map<String, String> shas = new TreeMap<>();
		files.forEach((path, content) -> shas.put(path, keepBlob(content)));
		Instant now = Instant.now();
		return transactions.execute(tx -> {
			if (!hasFiles(version)) {
				shas.forEach((path, sha) -> jdbc
					.sql("INSERT INTO rule_version_file (version, path, sha256) VALUES (:v, :path, :sha)")
					.param("v", version)
					.param("path", path)
					.param("sha", sha)
					.update());
			}
			jdbc.sql("""
					INSERT INTO rule_version (version, published_at, published_by, how, comment, replaced, rule_count,
					override_reason) VALUES (:v, :at, :by, :how, :comment, :replaced, :count, :override)""")
				.param("v", version)
				.param("at", Timestamp.from(now))
				.param("by", by.length() > 200 ? by.substring(0, 200) : by)
				.param("how", how)
				.param("comment", comment)
				.param("replaced", replaced)
				.param("count", ruleCount)
				.param("override", overrideReason)
				.update();
			return publications(version).get(0);
		});
	}

	/** Stores a body unless a body with its SHA-256 is already kept; returns the SHA. */
	private String keepBlob(byte[] content) {
		String sha = Hashing.hex(digest(content));
		boolean kept = jdbc.sql("SELECT COUNT(*) FROM rule_blob WHERE sha256 = :sha")
			.param("sha", sha)
			.query(Long.class)
			.single() > 0;
		if (!kept) {
			try {
				jdbc.sql("INSERT INTO rule_blob (sha256, size, content) VALUES (:sha, :size, :content)")
					.param("sha", sha)
					.param("size", content.length)
					.param("content", content)
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another server kept the same body a moment ago: content-addressed, so
				// equal
			}
		}
		return sha;
	}

	private static java.security.MessageDigest digest(byte[] content) {
		java.security.MessageDigest sha = Hashing.sha256();
		sha.update(content);
		return sha;
	}

	boolean hasFiles(String version) {
		return jdbc.sql("SELECT COUNT(*) FROM rule_version_file WHERE version = :v")
			.param("v", version)
			.query(Long.class)
			.single() > 0;
	}

	/** The newest publications first. */
	List<RuleVersion> newest(int limit) {
		return jdbc.sql("SELECT * FROM rule_version ORDER BY id DESC FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
			.query(RuleVersionStore::map)
			.list();
	}

	/** The kept versions whose id starts with {@code prefix} (at most a few). */
	List<String> versionsStartingWith(String prefix) {
		return jdbc.sql(
				"SELECT DISTINCT version FROM rule_version_file WHERE version LIKE :p ORDER BY version FETCH FIRST 5 ROWS ONLY")
			.param("p", prefix + "%")
			.query(String.class)
			.list();
	}

	/** The publications of one version, newest first. */
	List<RuleVersion> publications(String version) {
		return jdbc.sql("SELECT * FROM rule_version WHERE version = :v ORDER BY id DESC")
			.param("v", version)
			.query(RuleVersionStore::map)
			.list();
	}

	List<VersionFile> files(String version) {
		return jdbc.sql("""
				SELECT f.path, f.sha256, b.size FROM rule_version_file f JOIN rule_blob b ON b.sha256 = f.sha256
				WHERE f.version = :v ORDER BY f.path""")
			.param("v", version)
			.query((rs, row) -> new VersionFile(rs.getString("path"), rs.getString("sha256"), rs.getLong("size")))
			.list();
	}

	/** The files with their bodies, by path; empty when the version is not kept. */
	Map<String, byte[]> contents(String version) {
		Map<String, byte[]> files = new TreeMap<>();
		jdbc.sql("""
				SELECT f.path, b.content FROM rule_version_file f JOIN rule_blob b ON b.sha256 = f.sha256
				WHERE f.version = :v""").param("v", version).query((ResultSet rs) -> {
			files.put(rs.getString("path"), rs.getBytes("content"));
		});
		return files;
	}

	private static RuleVersion map(ResultSet rs, int row) throws SQLException {
		return new RuleVersion(rs.getLong("id"), rs.getString("version"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), rs.getString("how"), rs.getString("comment"), rs.getString("replaced"),
				rs.getInt("rule_count"), rs.getString("override_reason"));
	}

}
