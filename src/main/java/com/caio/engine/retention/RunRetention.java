package com.caio.engine.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.caio.engine.audit.AuditLog;
import com.caio.engine.storage.UploadStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes stored runs and the uploads nobody needs any more, and says so in the audit
 * trail. An upload (named by its SHA-256) goes only when no remaining run refers to it;
 * the audit trail itself is never purged.
 */
@Service
public class RunRetention {

	/** What one deletion did. */
	public record Deleted(String kind, long id, String inputName, String inputSha256, boolean uploadDeleted,
			long bytesFreed) {
	}

	/** What one purge did. */
	public record Purged(Instant cutoff, List<Deleted> runs, int uploadsDeleted, long bytesFreed) {
	}

	private record Row(String kind, long id, String inputName, String inputSha256) {
	}

	private final JdbcClient jdbc;

	private final UploadStore uploads;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	public RunRetention(JdbcClient jdbc, UploadStore uploads, AuditLog audit, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * Deletes one run, and its upload if no other run refers to it; empty if unknown.
	 * @throws RetainedRunException for a pilot's plan: the pilot and its steering record
	 * are kept
	 */
	public Optional<Deleted> delete(String kind, long id, String actor) {
		if (isPilotPlan(id)) {
			throw new RetainedRunException(kind + " run " + id
					+ " is the plan of a pilot; a pilot and its steering decisions are governance records and are kept");
		}
		Optional<Row> row = jdbc
			.sql("SELECT kind, id, input_name, input_sha256 FROM scoring_run WHERE kind = :kind AND id = :id")
			.param("kind", kind)
			.param("id", id)
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.optional();
		return row.map(r -> delete(r, actor, "deleted on request"));
	}

	/**
	 * Deletes every run created before {@code cutoff}, then every kept upload older than
	 * it that no remaining run refers to (including files that were refused and never
	 * became a run).
	 */
	public Purged purge(Instant cutoff, String actor) {
		List<Row> old = jdbc.sql("""
				SELECT kind, id, input_name, input_sha256 FROM scoring_run
				WHERE created_at < :cutoff AND id NOT IN (SELECT plan_run_id FROM pilot_state) ORDER BY id""")
			.param("cutoff", Timestamp.from(cutoff))
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
		List<Deleted> runs = new ArrayList<>();
		for (Row row : old) {
			runs.add(delete(row, actor, "purged: created before " + cutoff));
		}
		int files = (int) runs.stream().filter(Deleted::uploadDeleted).count();
		// files refused at upload (422) never became a run; they go by age
		long bytes = runs.stream().mapToLong(Deleted::bytesFreed).sum();
		for (Map.Entry<String, Instant> upload : uploads.keptUploads().entrySet()) {
			if (upload.getValue().isBefore(cutoff) && references(upload.getKey()) == 0) {
				UploadStore.Freed freed = uploads.delete(upload.getKey());
				files += freed.files();
				bytes += freed.bytes();
				audit.record(actor, "upload.deleted", null, upload.getKey(), "purged: kept since " + upload.getValue()
						+ ", no run refers to it, " + freed.bytes() + " bytes");
			}
		}
		audit.record(actor, "retention.purge", null, null,
				"cutoff " + cutoff + ": " + runs.size() + " run(s), " + files + " upload file(s), " + bytes + " bytes");
		return new Purged(cutoff, runs, files, bytes);
	}

	private Deleted delete(Row row, String actor, String why) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("DELETE FROM scoring_run WHERE kind = :kind AND id = :id")
				.param("kind", row.kind())
				.param("id", row.id())
				.update();
			// what the run read besides its upload (options, attachments), kept to re-run
			// it
			jdbc.sql("DELETE FROM run_input_part WHERE kind = :kind AND run_id = :id")
				.param("kind", row.kind())
				.param("id", row.id())
				.update();
			audit.record(actor, "run.deleted", row.kind(), String.valueOf(row.id()),
					why + "; input " + row.inputName() + " sha256 " + row.inputSha256());
		});
		UploadStore.Freed freed = references(row.inputSha256()) == 0 ? uploads.delete(row.inputSha256())
				: new UploadStore.Freed(0, 0);
		if (freed.files() > 0) {
			audit.record(actor, "upload.deleted", row.kind(), String.valueOf(row.id()),
					"upload " + row.inputSha256() + ", " + freed.bytes() + " bytes");
		}
		return new Deleted(row.kind(), row.id(), row.inputName(), row.inputSha256(), freed.files() > 0, freed.bytes());
	}

	private boolean isPilotPlan(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM pilot_state WHERE plan_run_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** A run that retention keeps: answered with 409, or exit 1. */
	public static class RetainedRunException extends RuntimeException {

		public RetainedRunException(String message) {
			super(message);
		}

	}

	/** Runs and pilot evaluations that still refer to this upload. */
	long references(String sha256) {
		if (sha256 == null) {
			return 1;
		}
		long runs = jdbc.sql("SELECT COUNT(*) FROM scoring_run WHERE input_sha256 = :sha")
			.param("sha", sha256)
			.query(Long.class)
			.single();
		long pilots = jdbc.sql("SELECT COUNT(*) FROM pilot_event WHERE body LIKE :pattern")
			.param("pattern", "%" + sha256 + "%")
			.query(Long.class)
			.single();
		return runs + pilots;
	}

}
