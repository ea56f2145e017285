package com.caio.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.storage.UploadStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled purge exists only when a retention period is set, and purges what is
 * older than it.
 */
class RetentionScheduleTests {

	@Test
	void thereIsNoScheduledPurgeUnlessARetentionPeriodIsSet() throws Exception {
		RunRetention retention = retention(Files.createTempDirectory("caio-schedule-"));
		ApplicationContextRunner runner = new ApplicationContextRunner().withBean(RunRetention.class, () -> retention)
			.withUserConfiguration(RetentionSchedule.class);

		runner.run(context -> assertThat(context).doesNotHaveBean(RetentionSchedule.class));
		runner.withPropertyValues("caio.retention.days=0")
			.run(context -> assertThat(context).doesNotHaveBean(RetentionSchedule.class));
		runner.withPropertyValues("caio.retention.days=30")
			.run(context -> assertThat(context).hasSingleBean(RetentionSchedule.class));
	}

	@Test
	void theScheduledPurgeDeletesRunsOlderThanThePeriodOnly() throws Exception {
		Path data = Files.createTempDirectory("caio-schedule-");
		try {
			RunRetention retention = retention(data);
			insert(40, "old");
			insert(10, "recent");

			new RetentionSchedule(retention, 30).purgeExpired();

			assertThat(jdbc.sql("SELECT input_name FROM scoring_run").query(String.class).list())
				.containsExactly("recent");
			assertThat(
					jdbc.sql("SELECT actor FROM audit_event WHERE action = 'run.deleted'").query(String.class).list())
				.containsExactly("retention");
		}
		finally {
			TestWorkspace.deleteRecursively(data);
		}
	}

	JdbcClient jdbc;

	RunRetention retention(Path data) {
		var db = new DriverManagerDataSource("jdbc:h2:mem:schedule-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
		Flyway.configure().dataSource(db).load().migrate();
		jdbc = JdbcClient.create(db);
		return new RunRetention(jdbc, new UploadStore(data.toString()), new AuditLog(jdbc),
				new TransactionTemplate(new DataSourceTransactionManager(db)));
	}

	void insert(int daysAgo, String name) {
		jdbc.sql("""
				INSERT INTO scoring_run (kind, input_name, input_sha256, rule_set_version, created_at, result)
				VALUES ('maturity', :name, NULL, 'v1', :at, '{}')""")
			.param("name", name)
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo))))
			.update();
	}

}
