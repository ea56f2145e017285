package com.caio.engine.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.CaioApplication;
import com.caio.engine.TestWorkspace;
import com.caio.engine.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code runs delete} and {@code runs purge} as an operator types them, on a real data
 * folder and its embedded database (opened by the test between commands, with the
 * password the first command generated).
 */
class RunsCliTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("runs-cli");

	record Run(int exit, String out, String err) {
	}

	@AfterAll
	static void cleanUp() {
		TestWorkspace.deleteRecursively(WORKSPACE.root());
	}

	static Run caio(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--rules", WORKSPACE.rules().toString(), "--data", WORKSPACE.data().toString()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(CaioApplication.class, all.toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static JdbcClient database() throws Exception {
		String password = Files.readString(WORKSPACE.data().resolve("db-password")).strip();
		return JdbcClient
			.create(new DriverManagerDataSource("jdbc:h2:file:" + WORKSPACE.data().resolve("caio"), "sa", password));
	}

	@Test
	void anOperatorDeletesOneRunThenPurgesTheOldOnesAndTheAuditTrailRemains() throws Exception {
		Run scored = caio("maturity", "score", "examples/survey-wide.csv", "--json");
		assertThat(scored.exit()).as(scored.err()).isZero();
		var report = JsonMapper.builder().build().readTree(scored.out());
		long id = report.get("id").asLong();
		// a command reads its file where it is; the same survey sent to the server
		// earlier was kept
		Path upload = Files.copy(Path.of("examples/survey-wide.csv"),
				WORKSPACE.data().resolve("uploads").resolve(report.get("input").get("sha256").asString() + ".csv"));

		Path oldUpload = Files.writeString(WORKSPACE.data().resolve("uploads").resolve("d".repeat(64) + ".csv"), "x");
		Files.setLastModifiedTime(oldUpload, FileTime.from(Instant.now().minus(Duration.ofDays(90))));
		JdbcClient db = database();
		db.sql("""
				INSERT INTO scoring_run (kind, input_name, input_sha256, rule_set_version, created_at, result)
				VALUES ('risk', 'old-register.csv', :sha, 'v0', :at, '{}')""")
			.param("sha", "d".repeat(64))
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(90))))
			.update();

		Run deleted = caio("runs", "delete", "maturity", String.valueOf(id));
		assertThat(deleted.exit()).as(deleted.err()).isZero();
		assertThat(deleted.out()).contains("deleted maturity run " + id + " (survey-wide.csv); its upload deleted");
		assertThat(upload).doesNotExist();

		Run noPeriod = caio("runs", "purge");
		assertThat(noPeriod.exit()).isEqualTo(2);
		assertThat(noPeriod.err()).contains("give --older-than DAYS, or set caio.retention.days");

		Run purged = caio("runs", "purge", "--older-than", "30");
		assertThat(purged.exit()).as(purged.err()).isZero();
		assertThat(purged.out()).contains("purged 1 run(s)").contains("the audit trail is kept");
		assertThat(oldUpload).doesNotExist();

		db = database();
		assertThat(db.sql("SELECT COUNT(*) FROM scoring_run").query(Long.class).single()).isZero();
		List<String> trail = db.sql("SELECT actor || ' ' || action FROM audit_event ORDER BY id")
			.query(String.class)
			.list();
		String me = "cli:" + System.getProperty("user.name");
		assertThat(trail).containsExactly(me + " run.deleted", me + " upload.deleted", me + " run.deleted",
				me + " upload.deleted", me + " retention.purge");
	}

}
