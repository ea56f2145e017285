package com.caio.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The storage code on both databases it supports: embedded H2 and a real PostgreSQL
 * server.
 */
class ResultStoreTests {

	static Stream<Arguments> databases() {
		EmbeddedPostgres postgres = EmbeddedPostgres.shared();
		String h2 = "jdbc:h2:mem:store-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		return Stream.of(Arguments.of("H2", new DriverManagerDataSource(h2, "sa", "")),
				Arguments.of("PostgreSQL", new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void storesFindsAndListsRunsByKind(String name, DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).load().migrate();
		ResultStore store = new ResultStore(JdbcClient.create(dataSource));

		String large = "x".repeat(100_000);
		StoredRun first = store.save("maturity", "survey.csv", "a".repeat(64), "v1",
				id -> "{\"id\":" + id + ",\"text\":\"" + large + "\"}");
		StoredRun second = store.save("maturity", "survey2.csv", "b".repeat(64), "v2", id -> "{\"id\":" + id + "}");
		store.save("risk", "register.csv", "c".repeat(64), "v2", id -> "{}");

		StoredRun found = store.find("maturity", first.id()).orElseThrow();
		String expected = "{\"id\":" + first.id() + ",\"text\":\"" + large + "\"}";
		assertThat(found.resultJson().equals(expected)).as("a 100 kB result comes back intact").isTrue();
		assertThat(found.inputSha256()).isEqualTo("a".repeat(64));
		assertThat(found.ruleSetVersion()).isEqualTo("v1");
		assertThat(found.createdAt()).isNotNull();
		assertThat(store.find("risk", first.id())).isEmpty();
		List<StoredRun> listed = store.list("maturity", 10);
		assertThat(listed).extracting(StoredRun::id).containsExactly(second.id(), first.id());
		assertThat(store.list("maturity", 1)).hasSize(1);
	}

}
