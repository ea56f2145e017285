package com.caio.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.caio.engine.TestWorkspace;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made before a lower-numbered migration existed (e.g. at V31 without V20)
 * takes it on the next start, as the shipped configuration migrates.
 */
class MigrationOrderTests {

	@Test
	void aDatabaseAlreadyPastAReservedVersionTakesTheMigrationAddedBelowIt() throws Exception {
		Properties shipped = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			shipped.load(in);
		}
		Path old = Files.createTempDirectory("caio-old-migrations-");
		try {
			for (String name : new String[] { "V1__scoring_runs.sql", "V30__pilots.sql",
					"V31__pilot_steering_decisions.sql" }) {
				Files.copy(Path.of("src/main/resources/db/migration", name), old.resolve(name));
			}
			var db = new DriverManagerDataSource("jdbc:h2:mem:order-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa",
					"");
			Flyway.configure().dataSource(db).locations("filesystem:" + old).load().migrate();

			Flyway.configure()
				.dataSource(db)
				.outOfOrder(Boolean.parseBoolean(shipped.getProperty("spring.flyway.out-of-order")))
				.load()
				.migrate();

			assertThat(JdbcClient.create(db).sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single())
				.isZero();
		}
		finally {
			TestWorkspace.deleteRecursively(old);
		}
	}

}
