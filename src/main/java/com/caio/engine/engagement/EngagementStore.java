package com.caio.engine.engagement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.caio.engine.engagement.model.Engagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The engagements (table {@code engagement}) and their append-only records (table
 * {@code engagement_record}), chained by hash. Rows are only ever inserted.
 */
@Repository
class EngagementStore {

	/** The engagement row: how many records it holds and the hash of the last. */
	record Head(long id, int records, String headHash) {
	}

	/** A record to append: its id, kind and canonical content. */
	record NewRow(String recordId, String kind, String content) {
	}

	private final JdbcClient jdbc;

	EngagementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(Engagement engagement, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO engagement (client, title, start_date, created_at, record_count, head_hash)
				VALUES (:client, :title, :start, :at, 0, :head)""")
			.param("client", engagement.client())
			.param("title", engagement.title())
			.param("start", Date.valueOf(engagement.start()))
			.param("at", Timestamp.from(at))
			.param("head", HashChain.GENESIS)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The engagement row, locked until the transaction ends so appends queue up. */
	Optional<Head> lock(long id) {
		return jdbc.sql("SELECT id, record_count, head_hash FROM engagement WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/** The engagements with these ids, oldest first. */
	List<EngagementService.Listed> list(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, client, title, start_date, record_count FROM engagement
				WHERE id IN (:ids) ORDER BY id""")
			.param("ids", ids)
			.query((rs, n) -> new EngagementService.Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getInt(5), "/api/engagements/" + rs.getLong(1)))
			.list();
	}

	Optional<Head> head(long id) {
		return jdbc.sql("SELECT id, record_count, head_hash FROM engagement WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.optional();
	}

	/**
	 * Appends rows after {@code head}; {@code content} builds each row's canonical JSON
	 * from its sequence number.
	 */
	void append(Head head, List<NewRow> rows, Instant at) {
		String prev = head.headHash();
		int seq = head.records();
		for (NewRow row : rows) {
			String hash = HashChain.hash(prev, row.content());
			jdbc.sql(
					"""
							INSERT INTO engagement_record (engagement_id, seq, record_id, kind, recorded_at, content, prev_hash, hash)
							VALUES (:engagement, :seq, :id, :kind, :at, :content, :prev, :hash)""")
				.param("engagement", head.id())
				.param("seq", seq)
				.param("id", row.recordId())
				.param("kind", row.kind())
				.param("at", Timestamp.from(at))
				.param("content", row.content())
				.param("prev", prev)
				.param("hash", hash)
				.update();
			prev = hash;
			seq++;
		}
		jdbc.sql("UPDATE engagement SET record_count = :count, head_hash = :head WHERE id = :id")
			.param("count", seq)
			.param("head", prev)
			.param("id", head.id())
			.update();
	}

	/** The content of the engagement's first row, its header. */
	Optional<String> header(long id) {
		return jdbc.sql("SELECT content FROM engagement_record WHERE engagement_id = :id AND seq = 0")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	List<HashChain.Row> rows(long id) {
		return jdbc.sql("""
				SELECT seq, record_id, kind, content, prev_hash, hash FROM engagement_record
				WHERE engagement_id = :id ORDER BY seq""")
			.param("id", id)
			.query((rs, n) -> new HashChain.Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

}
