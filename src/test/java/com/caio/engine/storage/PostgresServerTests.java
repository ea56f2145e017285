package com.caio.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.caio.engine.TestWorkspace;
import com.caio.engine.maturity.MaturityReport;
import com.caio.engine.maturity.MaturityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application configured for PostgreSQL instead of H2, as an operator would.
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
	MaturityService maturity;

	@Test
	void scoresAreStoredInPostgresAndReadBack() throws Exception {
		MaturityReport report = maturity.scoreAndStore(Path.of("examples/survey-wide.csv"), "survey-wide.csv");

		MaturityReport stored = maturity.findReport(report.id()).orElseThrow();
		assertThat(stored.overall()).isEqualTo(report.overall());
		assertThat(stored.dimensions()).isEqualTo(report.dimensions());
		assertThat(maturity.list(10)).extracting(StoredRun::id).contains(report.id());
	}

}
