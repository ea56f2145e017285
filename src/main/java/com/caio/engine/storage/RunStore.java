package com.caio.engine.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every run of every capability in one table, keyed by capability ("kind") and id:
 * one INSERT a run, the result as JSON beside the envelope's columns.
 */
@Repository
public class RunStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public RunStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public <R> Run<R> save(String kind, Run.Input input, String ruleSetVersion, R result) {
		return save(kind, input, ruleSetVersion, result, RunScope.Owner.none(null));
	}

	/**
	 * Stores a run made by {@code owner.createdBy()}, in {@code owner.engagement()} if
	 * any.
	 */
	public <R> Run<R> save(String kind, Run.Input input, String ruleSetVersion, R result, RunScope.Owner owner) {
		return store(kind, input, ruleSetVersion, result, owner).run();
	}

	/**
	 * A run as stored, with its result as the JSON the database keeps; {@code resultJson}
	 * is null for a result over {@link #IN_MEMORY} characters.
	 */
	public record Stored<R>(Run<R> run, String resultJson) {
	}

	/**
	 * Results up to this many characters of JSON are kept as a string (a REST answer
	 * reuses it); larger ones are written to a temporary file and read back as one string
	 * of their exact size. Both databases keep the column as one string (H2 maps
	 * {@code TEXT} to {@code CHARACTER VARYING}, and the PostgreSQL driver reads a stream
	 * into a string), so a stream would save nothing; what the file saves is Jackson's
	 * segments of UTF-16 characters and their copy, ~4x the string's size.
	 */
	static final int IN_MEMORY = 1 << 20;

	/**
	 * Like {@link #save(String, Run.Input, String, Object, RunScope.Owner)}, and gives
	 * back the result's JSON too, so an answer need not serialise the result a second
	 * time.
	 */
	public <R> Stored<R> store(String kind, Run.Input input, String ruleSetVersion, R result, RunScope.Owner owner) {
		// the database keeps microseconds: the run returned equals the run found later
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		SpillingWriter written = new SpillingWriter(IN_MEMORY);
		try {
			json.writeValue(written, result);
			String text = written.text();
			// a large result's string is not kept: the caller holds the result already
			return new Stored<>(insert(kind, input, ruleSetVersion, result, owner, now, text),
					written.spilled() ? null : text);
		}
		finally {
			written.discard();
		}
	}

	private <R> Run<R> insert(String kind, Run.Input input, String ruleSetVersion, R result, RunScope.Owner owner,
			Instant now, String resultJson) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO scoring_run (kind, input_name, input_sha256, rule_set_version, created_at, result,
				    engagement_id, created_by)
				VALUES (:kind, :name, :sha, :version, :at, :result, :engagement, :by)""")
			.param("kind", kind)
			.param("name", input.name())
			.param("sha", input.sha256())
			.param("version", ruleSetVersion)
			.param("at", Timestamp.from(now))
			.param("result", resultJson)
			.param("engagement", owner.engagement())
			.param("by", owner.createdBy())
			.update(keys, "id");
		return new Run<>(keys.getKeyAs(Number.class).longValue(), kind, now, ruleSetVersion, input, result);
	}

	public <R> Optional<Run<R>> find(String kind, long id, Class<R> type) {
		return find(kind, id, type, RunScope.everyRun());
	}

	/**
	 * The run if it is in {@code scope}; empty when there is none or it is not. One read:
	 * the owner comes with the run, and a result out of scope is not parsed.
	 */
	public <R> Optional<Run<R>> find(String kind, long id, Class<R> type, RunScope scope) {
		return jdbc.sql("SELECT * FROM scoring_run WHERE kind = :kind AND id = :id")
			.param("kind", kind)
			.param("id", id)
			.query((rs, row) -> scope.includes(owner(rs))
					? Optional.of(envelope(rs, json.readValue(rs.getString("result"), type)))
					: Optional.<Run<R>>empty())
			.optional()
			.flatMap(run -> run);
	}

	/** Who made the run and in which engagement; empty when there is no such run. */
	public Optional<RunScope.Owner> owner(String kind, long id) {
		return jdbc.sql("SELECT engagement_id, created_by FROM scoring_run WHERE kind = :kind AND id = :id")
			.param("kind", kind)
			.param("id", id)
			.query((rs, row) -> owner(rs))
			.optional();
	}

	private static RunScope.Owner owner(ResultSet rs) throws SQLException {
		return new RunScope.Owner(rs.getObject("engagement_id") == null ? null : rs.getLong("engagement_id"),
				rs.getString("created_by"));
	}

	/** The newest first, without their results. */
	public List<Run<Void>> list(String kind, int limit) {
		return list(kind, limit, RunScope.everyRun());
	}

	/** The newest runs in {@code scope} first, without their results. */
	public List<Run<Void>> list(String kind, int limit, RunScope scope) {
		var sql = jdbc.sql("""
				SELECT id, kind, input_name, input_sha256, rule_set_version, created_at
				FROM scoring_run WHERE kind = :kind AND %s ORDER BY id DESC LIMIT :limit""".formatted(where(scope)))
			.param("kind", kind)
			.param("limit", limit);
		return in(scope, sql).query((rs, row) -> RunStore.<Void>envelope(rs, null)).list();
	}

	/** How many runs of each kind are in {@code scope} (kinds without any are absent). */
	public Map<String, Long> counts(RunScope scope) {
		var sql = jdbc.sql("SELECT kind, COUNT(*) FROM scoring_run WHERE %s GROUP BY kind".formatted(where(scope)));
		Map<String, Long> counts = new HashMap<>();
		in(scope, sql).query(rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * The condition a run in {@code scope} meets; its parameters are set by {@link #in}.
	 */
	private static String where(RunScope scope) {
		if (scope.all()) {
			return "TRUE";
		}
		String mine = "(engagement_id IS NULL AND created_by = :by)";
		return scope.engagements().isEmpty() ? mine : "(engagement_id IN (:engagements) OR " + mine + ")";
	}

	private static JdbcClient.StatementSpec in(RunScope scope, JdbcClient.StatementSpec sql) {
		if (scope.all()) {
			return sql;
		}
		sql = sql.param("by", scope.createdBy() == null ? "" : scope.createdBy());
		return scope.engagements().isEmpty() ? sql : sql.param("engagements", scope.engagements());
	}

	private static <R> Run<R> envelope(ResultSet rs, R result) throws SQLException {
		return new Run<>(rs.getLong("id"), rs.getString("kind"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("rule_set_version"),
				new Run.Input(rs.getString("input_name"), rs.getString("input_sha256")), result);
	}

}
