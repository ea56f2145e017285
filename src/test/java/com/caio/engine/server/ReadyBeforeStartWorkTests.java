package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.caio.engine.CaioApplication;
import com.caio.engine.ShippedRules;
import com.caio.engine.TestWorkspace;
import com.caio.engine.audit.AuditEvent;
import com.caio.engine.audit.AuditLog;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.ruleversions.RuleVersion;
import com.caio.engine.ruleversions.RuleVersions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server reports ready before its start-up work with the rules is done (the version
 * serving recorded in the history and kept, the smoke run of the shipped examples): held
 * here on purpose, the health check answers 200 and the rules can be read, while a
 * publication waits; once the work is done, its records come before that publication's.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadyBeforeStartWorkTests {

	final TestWorkspace workspace = TestWorkspace.create("ready-first");

	final CountDownLatch held = new CountDownLatch(1);

	ConfigurableApplicationContext server;

	@AfterEach
	void stop() {
		held.countDown();
		if (server != null) {
			server.close();
		}
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void theServerIsReadyBeforeItsStartWorkAndThatWorkIsStillRecordedFirst(CapturedOutput output) throws Exception {
		// queued before the server's own start-up work, so that work waits behind it
		ApplicationListener<ApplicationStartedEvent> hold = event -> event.getApplicationContext()
			.getBean(RuleRuntime.class)
			.afterStart("held by the test", () -> await(held));
		server = new SpringApplicationBuilder(CaioApplication.class).listeners(hold)
			.run("--server.port=0", "--caio.rules.watch=false", "--caio.rules.sync-interval=0",
					"--caio.rules.dir=" + workspace.rules(), "--caio.data.dir=" + workspace.data(),
					"--caio.admin.password=ready-admin-secret-1");
		RuleRuntime runtime = server.getBean(RuleRuntime.class);
		AuditLog audit = server.getBean(AuditLog.class);
		RuleVersions versions = server.getBean(RuleVersions.class);
		String port = server.getEnvironment().getProperty("local.server.port");

		HttpResponse<String> health = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(runtime.startWork()).as("the start-up work is still held").isNotDone();
		String shipped = runtime.current().version();
		assertThat(audit.recent("rules.", 10)).as("not recorded yet").isEmpty();
		assertThat(versions.list(10)).as("not kept yet").isEmpty();

		CompletableFuture<RuleRuntime.Status> publication = CompletableFuture.supplyAsync(
				() -> runtime.publish(ShippedRules.withCriticalFrom(runtime.servingFiles(), 16), "user:ada", "16"));
		Thread.sleep(300);
		assertThat(publication).as("a publication waits for the start-up work").isNotDone();

		held.countDown();
		assertThat(publication.get(120, TimeUnit.SECONDS).lastBuildSucceeded()).isTrue();
		runtime.startWork().get(120, TimeUnit.SECONDS);
		String published = runtime.status().servingVersion();
		assertThat(audit.recent("rules.published", 10)).extracting(AuditEvent::actor, AuditEvent::subjectId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("user:ada", published),
					org.assertj.core.groups.Tuple.tuple("system:start", shipped));
		assertThat(versions.list(10)).extracting(RuleVersion::how, RuleVersion::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RuleVersion.PUBLISH, published),
					org.assertj.core.groups.Tuple.tuple(RuleVersion.START, shipped));
		assertThat(output.getOut()).contains("the rules serving pass the smoke run of the shipped examples");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
