package com.caio.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The storage code on both databases it supports: embedded H2 and a real PostgreSQL
 * server.
 */
class RunStoreTests {

	static Stream<Arguments> databases() {
		EmbeddedPostgres postgres = EmbeddedPostgres.shared();
		String h2 = "jdbc:h2:mem:store-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		return Stream.of(Arguments.of("H2", new DriverManagerDataSource(h2, "sa", "")),
				Arguments.of("PostgreSQL", new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	@SuppressWarnings({ "rawtypes", "unchecked" })
	void storesFindsAndListsRunsByKind(String name, DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).load().migrate();
		RunStore store = new RunStore(JdbcClient.create(dataSource), JsonMapper.builder().build());

		String large = "x".repeat(100_000);
		Run<Map<String, String>> first = store.save("maturity", new Run.Input("survey.csv", "a".repeat(64)), "v1",
				Map.of("text", large));
		Run<Map<String, String>> second = store.save("maturity", new Run.Input("survey2.csv", "b".repeat(64)), "v2",
				Map.of("text", "b"));
		store.save("risk", new Run.Input("register.csv", "c".repeat(64)), "v2", Map.of());

		Run<Map> found = store.find("maturity", first.id(), Map.class).orElseThrow();
		assertThat(found.result().get("text").equals(large)).as("a 100 kB result comes back intact").isTrue();
		assertThat(found.input()).isEqualTo(new Run.Input("survey.csv", "a".repeat(64)));
		assertThat(found.ruleSetVersion()).isEqualTo("v1");
		assertThat(found.at()).as("the envelope found is the envelope stored").isEqualTo(first.at());
		assertThat(store.find("risk", first.id(), Map.class)).isEmpty();
		List<Run<Void>> listed = store.list("maturity", 10);
		assertThat(listed).extracting(Run::id).containsExactly(second.id(), first.id());
		assertThat(listed).extracting(Run::result).containsOnlyNulls();
		assertThat(store.list("maturity", 1)).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	@SuppressWarnings({ "rawtypes", "unchecked" })
	void aResultOverTheInMemoryLimitGoesThroughAFileAndComesBackIntact(String name, DataSource dataSource)
			throws Exception {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).load().migrate();
		RunStore store = new RunStore(JdbcClient.create(dataSource), JsonMapper.builder().build());
		// characters of one, two, three and four bytes in UTF-8 (the last a surrogate
		// pair), read back from the file
		String large = "aé€\uD83D\uDE00\"\n".repeat(RunStore.IN_MEMORY / 3);
		java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
		long spillsBefore = spills(tmp);

		RunStore.Stored<Map<String, String>> stored = store.store("maturity", new Run.Input("big.csv", "d".repeat(64)),
				"v1", Map.of("text", large), RunScope.Owner.none(null));

		assertThat(stored.resultJson()).as("too large to keep as a string").isNull();
		Run<Map> found = store.find("maturity", stored.run().id(), Map.class).orElseThrow();
		assertThat(found.result().get("text").equals(large))
			.as("a %d-character result comes back intact", large.length())
			.isTrue();
		assertThat(spills(tmp)).as("the temporary file is deleted").isEqualTo(spillsBefore);
	}

	private static long spills(java.nio.file.Path tmp) throws java.io.IOException {
		try (var files = java.nio.file.Files.list(tmp)) {
			return files.filter(f -> f.getFileName().toString().startsWith("caio-result-")).count();
		}
	}

}
