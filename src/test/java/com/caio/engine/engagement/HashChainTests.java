package com.caio.engine.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.caio.engine.engagement.model.Engagement;
import com.caio.engine.storage.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash chain on both databases: intact after appends, and a row changed, removed or
 * re-hashed with plain SQL is named by the verification.
 */
class HashChainTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Stream<Arguments> databases() {
		EmbeddedPostgres postgres = EmbeddedPostgres.shared();
		String h2 = "jdbc:h2:mem:chain-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		return Stream.of(Arguments.of("H2", new DriverManagerDataSource(h2, "sa", "")),
				Arguments.of("PostgreSQL", new DriverManagerDataSource(postgres.jdbcUrl(), postgres.user(), "")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("databases")
	void aRowChangedWithPlainSqlIsNamedAndEveryOtherTamperingToo(String name, DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).cleanDisabled(false).load().clean();
		Flyway.configure().dataSource(dataSource).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		EngagementStore store = new EngagementStore(jdbc);
		long id = chain(store, 6);
		assertThat(verify(store, id).valid()).isTrue();

		String original = jdbc.sql("SELECT content FROM engagement_record WHERE engagement_id = :id AND seq = 3")
			.param("id", id)
			.query(String.class)
			.single();
		jdbc.sql("UPDATE engagement_record SET content = :c WHERE engagement_id = :id AND seq = 3")
			.param("c", original.replace("approve", "reject"))
			.param("id", id)
			.update();
		HashChain.Verdict changed = verify(store, id);
		assertThat(changed.valid()).isFalse();
		assertThat(changed.firstBadRow()).isEqualTo(3);
		assertThat(changed.firstBadRecord()).isEqualTo("r3");
		assertThat(changed.reason()).contains("does not match its hash");

		// re-hashing the changed row moves the break to the next row, whose previous hash
		// no longer matches
		String rehashed = HashChain
			.hash(jdbc.sql("SELECT hash FROM engagement_record WHERE engagement_id = :id AND seq = 2")
				.param("id", id)
				.query(String.class)
				.single(), original.replace("approve", "reject"));
		jdbc.sql("UPDATE engagement_record SET hash = :h WHERE engagement_id = :id AND seq = 3")
			.param("h", rehashed)
			.param("id", id)
			.update();
		assertThat(verify(store, id).firstBadRow()).isEqualTo(4);

		long second = chain(store, 5);
		jdbc.sql("UPDATE engagement_record SET kind = 'decision' WHERE engagement_id = :id AND seq = 2")
			.param("id", second)
			.update();
		assertThat(verify(store, second).firstBadRow()).isEqualTo(2);
		assertThat(verify(store, second).reason()).contains("kind");

		long third = chain(store, 5);
		jdbc.sql("DELETE FROM engagement_record WHERE engagement_id = :id AND seq = 2").param("id", third).update();
		assertThat(verify(store, third).firstBadRow()).isEqualTo(2);
		assertThat(verify(store, third).reason()).contains("row 2 is missing");

		long fourth = chain(store, 5);
		jdbc.sql("DELETE FROM engagement_record WHERE engagement_id = :id AND seq = 4").param("id", fourth).update();
		assertThat(verify(store, fourth).valid()).isFalse();
		assertThat(verify(store, fourth).reason()).contains("removed");
	}

	private static long chain(EngagementStore store, int rows) {
		Instant at = Instant.parse("2026-11-20T10:00:00Z");
		long id = store.create(new Engagement("Client", "Title", LocalDate.of(2026, 2, 2), "Lead", List.of()), at);
		List<EngagementStore.NewRow> list = new ArrayList<>();
		for (int seq = 0; seq < rows; seq++) {
			var content = JSON.createObjectNode();
			content.put("engagement", id);
			content.put("seq", seq);
			content.put("id", "r" + seq);
			content.put("kind", "sign-off");
			content.putObject("record").put("decision", "approve").put("person", "p" + seq);
			list.add(new EngagementStore.NewRow("r" + seq, "sign-off", HashChain.canonical(JSON, content)));
		}
		store.append(store.lock(id).orElseThrow(), list, at);
		return id;
	}

	private static HashChain.Verdict verify(EngagementStore store, long id) {
		EngagementStore.Head head = store.head(id).orElseThrow();
		return HashChain.verify(JSON, store.rows(id), head.records(), head.headHash());
	}

}
