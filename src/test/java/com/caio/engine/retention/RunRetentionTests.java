package com.caio.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.storage.EmbeddedPostgres;
import com.caio.engine.storage.UploadStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting and purging runs on both databases: uploads go only when no run refers to them
 * any more, and the audit trail outlives what it describes.
 */
class RunRetentionTests {

	Path data;

	UploadStore uploads;

	AuditLog audit;

	RunRetention retention;

	JdbcClient jdbc;

	static Stream<Arguments> databases() {
		EmbeddedPostgres postgres = EmbeddedPostgres.shared();
		String h2 = "jdbc:h2:mem:retention-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		return Stream.of(Arguments.of("H2", new DriverManagerDataSource(h2, "sa", "")),
				Arguments.of("PostgreSQL", new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "")));
	}

	void setUp(DataSource dataSource) throws Exception {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		data = Files.createTempDirectory("caio-retention-");
		uploads = new UploadStore(data.toString());
		audit = new AuditLog(jdbc);
		retention = new RunRetention(jdbc, uploads, audit,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(data);
	}

	UploadStore.Upload upload(String content, String name) {
		return uploads.save(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
	}

	/**
	 * A stored run, written as the run store writes it (kept apart from its API on
	 * purpose).
	 */
	record StoredRun(long id) {
	}

	StoredRun run(String kind, UploadStore.Upload upload) {
		jdbc.sql("""
				INSERT INTO scoring_run (kind, input_name, input_sha256, rule_set_version, created_at, result)
				VALUES (:kind, :name, :sha, 'v1', :at, '{}')""")
			.param("kind", kind)
			.param("name", upload.originalName())
			.param("sha", upload.sha256())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return new StoredRun(jdbc.sql("SELECT MAX(id) FROM scoring_run").query(Long.class).single());
	}

	Optional<Long> find(String kind, long id) {
		return jdbc.sql("SELECT id FROM scoring_run WHERE kind = :kind AND id = :id")
			.param("kind", kind)
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void deletingARunDeletesItsUploadOnlyWhenTheLastRunReferringToItGoes(String name, DataSource db) throws Exception {
		setUp(db);
		UploadStore.Upload shared = upload("respondent_id,GOV-01\nR1,4\n", "survey.csv");
		StoredRun first = run("maturity", shared);
		StoredRun second = run("maturity", shared);
		jdbc.sql(
				"INSERT INTO run_input_part (kind, run_id, part, name, val) VALUES ('maturity', :id, 'option', 'segment', 'Finance')")
			.param("id", first.id())
			.update();

		RunRetention.Deleted one = retention.delete("maturity", first.id(), "cli:alice").orElseThrow();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM run_input_part WHERE run_id = :id")
			.param("id", first.id())
			.query(Long.class)
			.single()).as("the options kept to re-run it go with the run").isZero();
		assertThat(one.uploadDeleted()).isFalse();
		assertThat(shared.path()).exists();
		assertThat(find("maturity", first.id())).isEmpty();

		RunRetention.Deleted two = retention.delete("maturity", second.id(), "http:127.0.0.1").orElseThrow();
		assertThat(two.uploadDeleted()).isTrue();
		assertThat(two.bytesFreed()).isEqualTo(shared.bytes());
		assertThat(shared.path()).doesNotExist();

		assertThat(audit.about("maturity", String.valueOf(first.id()))).extracting(AuditEvent::action)
			.containsExactly("run.deleted");
		assertThat(audit.about("maturity", String.valueOf(second.id()))).extracting(AuditEvent::action)
			.containsExactly("run.deleted", "upload.deleted");
		assertThat(audit.about("maturity", String.valueOf(second.id())).get(0).actor()).isEqualTo("http:127.0.0.1");
		assertThat(audit.about("maturity", String.valueOf(second.id())).get(0).detail()).contains(shared.sha256());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void aRunOfAnotherKindOrAnUnknownIdIsNotDeleted(String name, DataSource db) throws Exception {
		setUp(db);
		StoredRun risk = run("risk", upload("id,title\n1,x\n", "register.csv"));

		assertThat(retention.delete("maturity", risk.id(), "cli:alice")).isEmpty();
		assertThat(retention.delete("risk", risk.id() + 1000, "cli:alice")).isEmpty();
		assertThat(find("risk", risk.id())).isPresent();
		assertThat(audit.recent(10)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void aPurgeDeletesOldRunsAndOldUnreferencedUploadsAndKeepsTheAuditTrail(String name, DataSource db)
			throws Exception {
		setUp(db);
		Instant now = Instant.now();
		UploadStore.Upload oldFile = upload("old survey", "old.csv");
		StoredRun old = run("maturity", oldFile);
		UploadStore.Upload sharedFile = upload("shared register", "register.csv");
		StoredRun oldShared = run("risk", sharedFile);
		StoredRun recentShared = run("risk", sharedFile);
		UploadStore.Upload recentFile = upload("recent case", "case.yaml");
		StoredRun recent = run("businesscase", recentFile);
		UploadStore.Upload refused = upload("a file that was refused, never a run", "broken.csv");
		UploadStore.Upload refusedToday = upload("refused today", "broken2.csv");
		backdate(old, now.minus(Duration.ofDays(400)));
		backdate(oldShared, now.minus(Duration.ofDays(31)));
		for (UploadStore.Upload u : new UploadStore.Upload[] { oldFile, sharedFile, refused }) {
			Files.setLastModifiedTime(u.path(), FileTime.from(now.minus(Duration.ofDays(40))));
		}
		retention.delete("businesscase", 999_999, "cli:bob");
		long auditBefore = audit.recent(1000).size();

		RunRetention.Purged purged = retention.purge(now.minus(Duration.ofDays(30)), "retention");

		assertThat(purged.runs()).extracting(RunRetention.Deleted::id).containsExactly(old.id(), oldShared.id());
		assertThat(find("maturity", old.id())).isEmpty();
		assertThat(find("risk", oldShared.id())).isEmpty();
		assertThat(find("risk", recentShared.id())).isPresent();
		assertThat(find("businesscase", recent.id())).isPresent();
		assertThat(oldFile.path()).doesNotExist();
		assertThat(sharedFile.path()).as("a recent run still refers to it").exists();
		assertThat(refused.path()).as("old and referred to by no run").doesNotExist();
		assertThat(List.of(recentFile.path(), refusedToday.path())).allMatch(Files::exists);
		assertThat(purged.uploadsDeleted()).isEqualTo(2);
		assertThat(purged.bytesFreed()).isEqualTo(oldFile.bytes() + refused.bytes());

		java.util.List<AuditEvent> trail = audit.recent(1000);
		assertThat(trail).hasSize((int) auditBefore + 5);
		assertThat(trail.get(0).action()).isEqualTo("retention.purge");
		assertThat(trail.get(0).detail()).contains("2 run(s)");
		assertThat(audit.about("maturity", String.valueOf(old.id()))).extracting(AuditEvent::action)
			.containsExactly("run.deleted", "upload.deleted");
		assertThat(trail).anySatisfy(e -> assertThat(e.subjectId()).isEqualTo(refused.sha256()));

		RunRetention.Purged again = retention.purge(now.minus(Duration.ofDays(30)), "retention");
		assertThat(again.runs()).isEmpty();
		assertThat(audit.recent(1000)).as("a purge never removes audit events").hasSize(trail.size() + 1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void aPilotsPlanIsKeptAndSoIsAnUploadItsEvaluationRefersTo(String name, DataSource db) throws Exception {
		setUp(db);
		UploadStore.Upload units = upload("unit,arm,value\n1,pilot,3\n", "units.csv");
		StoredRun run = run("maturity", units);
		StoredRun plan = run("pilot", upload("name: p\n", "plan.yaml"));
		jdbc.sql("""
				INSERT INTO pilot_state (plan_run_id, name, created_at, rule_set_version, ready_to_start, request_json)
				VALUES (:plan, 'p', :at, 'v1', TRUE, '{}')""")
			.param("plan", plan.id())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		long pilot = jdbc.sql("SELECT id FROM pilot_state").query(Long.class).single();
		jdbc.sql(
				"INSERT INTO pilot_event (pilot_id, type, at, rule_set_version, body) VALUES (:p, 'evaluated', :at, 'v1', :body)")
			.param("p", pilot)
			.param("at", Timestamp.from(Instant.now()))
			.param("body", "{\"fileSha256\":\"" + units.sha256() + "\"}")
			.update();

		assertThat(retention.delete("maturity", run.id(), "cli:alice").orElseThrow().uploadDeleted()).isFalse();
		assertThat(units.path()).exists();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> retention.delete("pilot", plan.id(), "cli:alice"))
			.isInstanceOf(RunRetention.RetainedRunException.class)
			.hasMessageContaining("plan of a pilot");
		assertThat(retention.purge(Instant.now().plusSeconds(60), "retention").runs()).isEmpty();
		assertThat(find("pilot", plan.id())).isPresent();
	}

	void backdate(StoredRun run, Instant at) {
		jdbc.sql("UPDATE scoring_run SET created_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", run.id())
			.update();
	}

}
