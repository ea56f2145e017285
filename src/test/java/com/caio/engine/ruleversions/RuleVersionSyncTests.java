package com.caio.engine.ruleversions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.caio.engine.CaioApplication;
import com.caio.engine.ShippedRules;
import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.storage.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several servers on one PostgreSQL serve the same version: two whole application
 * contexts, each with its own rules folder, on one fresh database of the embedded server.
 * A publication on one is served by the other within seconds (same version id, its folder
 * rewritten, not recorded twice); a roll back travels the other way; and a server started
 * later from the shipped folder takes the newest version instead of pushing its own.
 */
class RuleVersionSyncTests {

	static final Duration WITHIN = Duration.ofSeconds(15);

	final List<ConfigurableApplicationContext> servers = new ArrayList<>();

	final List<TestWorkspace> workspaces = new ArrayList<>();

	@AfterEach
	void stop() {
		servers.forEach(ConfigurableApplicationContext::close);
		workspaces.forEach(w -> TestWorkspace.deleteRecursively(w.root()));
	}

	@Test
	void aPublicationOnOneServerIsServedByTheOtherWithinSeconds() throws Exception {
		String url = freshDatabase();
		RuleRuntime a = start(url, "a").getBean(RuleRuntime.class);
		ConfigurableApplicationContext serverB = start(url, "b");
		RuleRuntime b = serverB.getBean(RuleRuntime.class);
		String shipped = a.status().servingVersion();
		assertThat(b.status().servingVersion()).isEqualTo(shipped);

		a.publish(ShippedRules.withCriticalFrom(a.servingFiles(), 16), "user:ada", "Critical from 16");
		String published = a.status().servingVersion();
		assertThat(published).isNotEqualTo(shipped);
		awaitTrue(() -> published.equals(b.status().servingVersion()));

		assertThat(Files.readString(b.rulesDir().resolve("risk/bands.drl.csv"))).contains("Critical from 16,16");
		RuleVersions versions = serverB.getBean(RuleVersions.class);
		assertThat(versions.list(10)).extracting(RuleVersion::how, RuleVersion::version)
			.as("the servers share one history; a sync is not a publication")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("publish", published),
					org.assertj.core.groups.Tuple.tuple("start", shipped));
		assertThat(serverB.getBean(AuditLog.class).recent("rules.published", 10)).extracting(AuditEvent::actor)
			.containsExactly("user:ada", "system:start");

		versions.rollback(shipped, "user:bob", "back to 15");
		awaitTrue(() -> shipped.equals(a.status().servingVersion()));
		assertThat(Files.readString(a.rulesDir().resolve("risk/bands.drl.csv"))).contains("Critical from 15,15");

		a.publish(ShippedRules.withCriticalFrom(a.servingFiles(), 17), "user:ada", "Critical from 17");
		String latest = a.status().servingVersion();
		RuleRuntime c = start(url, "c").getBean(RuleRuntime.class);
		awaitTrue(() -> latest.equals(c.status().servingVersion()));
		assertThat(versions.list(10)).extracting(RuleVersion::how)
			.as("the shipped folder of a late server is a kept version, not a new one")
			.containsExactly("publish", "rollback", "publish", "start");
	}

	private ConfigurableApplicationContext start(String url, String name) {
		TestWorkspace workspace = TestWorkspace.create("sync-" + name);
		workspaces.add(workspace);
		ConfigurableApplicationContext server = new SpringApplicationBuilder(CaioApplication.class).run(
				"--server.port=0", "--caio.rules.watch=false", "--caio.rules.sync-interval=1s",
				"--caio.rules.dir=" + workspace.rules(), "--caio.data.dir=" + workspace.data(),
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--caio.admin.password=sync-admin-secret-1");
		servers.add(server);
		// a server keeps and syncs its version once it is up; the next one starts after
		server.getBean(RuleRuntime.class).startWork().join();
		return server;
	}

	/**
	 * A database of its own on the shared embedded server, so no other test's rows count.
	 */
	private static String freshDatabase() throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.shared();
		String name = "sync_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), "");
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name);
		}
		return postgres.jdbcUrl().replaceAll("/postgres$", "/" + name);
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(WITHIN);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("within " + WITHIN).isBefore(deadline);
			Thread.sleep(100);
		}
	}

}
