package com.caio.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.caio.engine.TestWorkspace;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application configured for PostgreSQL instead of H2, as an operator would:
 * every capability's example is stored and read back equal.
 */
@SpringBootTest(properties = "caio.rules.watch=false")
class PostgresServerTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("postgres");

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgres postgres = EmbeddedPostgres.shared();
		WORKSPACE.register(registry);
		registry.add("spring.datasource.url", postgres::jdbcUrl);
		registry.add("spring.datasource.username", postgres::user);
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	Runs runs;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "maturity, examples/survey-wide.csv", "risk, examples/risk-register.csv",
			"businesscase, examples/business-case.yaml", "pilot, examples/pilot-plan.yaml" })
	void runsAreStoredInPostgresAndReadBack(String kind, String file) {
		Run<?> run = runs.run(kind, Source.file(Path.of(file), Map.of(), Map.of()));

		Run<?> stored = runs.find(kind, run.id());
		assertThat(stored).isEqualTo(run);
		assertThat(runs.list(kind, 10)).extracting(Run::id).contains(run.id());
	}

}
