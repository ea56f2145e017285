package com.caio.engine.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores every scoring of every capability in one table, keyed by capability ("kind") and
 * id.
 */
@Repository
public class ResultStore {

	private final JdbcClient jdbc;

	public ResultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a result whose JSON carries its own id: {@code json} is asked for the JSON
	 * once the id is known.
	 */
	@Transactional
	public StoredRun save(String kind, String inputName, String inputSha256, String ruleSetVersion,
			LongFunction<String> json) {
		Instant now = Instant.now();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO scoring_run (kind, input_name, input_sha256, rule_set_version, created_at, result)
				VALUES (:kind, :name, :sha, :version, :at, '{}')""")
			.param("kind", kind)
			.param("name", inputName)
			.param("sha", inputSha256)
			.param("version", ruleSetVersion)
			.param("at", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		String result = json.apply(id);
		jdbc.sql("UPDATE scoring_run SET result = :result WHERE id = :id")
			.param("result", result)
			.param("id", id)
			.update();
		return new StoredRun(id, kind, inputName, inputSha256, ruleSetVersion, now, result);
	}

	public Optional<StoredRun> find(String kind, long id) {
		return jdbc.sql("SELECT * FROM scoring_run WHERE kind = :kind AND id = :id")
			.param("kind", kind)
			.param("id", id)
			.query(ResultStore::map)
			.optional();
	}

	/** The newest first, without their result bodies. */
	public List<StoredRun> list(String kind, int limit) {
		return jdbc.sql("""
				SELECT id, kind, input_name, input_sha256, rule_set_version, created_at, '' AS result
				FROM scoring_run WHERE kind = :kind ORDER BY id DESC""")
			.param("kind", kind)
			.query(ResultStore::map)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	private static StoredRun map(ResultSet rs, int row) throws SQLException {
		return new StoredRun(rs.getLong("id"), rs.getString("kind"), rs.getString("input_name"),
				rs.getString("input_sha256"), rs.getString("rule_set_version"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("result"));
	}

}
