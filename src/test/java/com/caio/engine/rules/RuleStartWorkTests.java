package com.caio.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.caio.engine.ShippedRules;
import com.caio.engine.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The work a server does with its rules once it is up ({@link RuleRuntime#afterStart}):
 * after the first load, one piece after another; a request that reads the rules does not
 * wait for it, a publication does (unless the work itself publishes), and a piece that
 * fails does not stop the next.
 */
class RuleStartWorkTests {

	private final TestWorkspace workspace = TestWorkspace.create("start-work");

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(workspace.root());
	}

	@Test
	void startWorkRunsAfterTheFirstLoadInTheOrderQueuedAndAFailureDoesNotStopTheNext() {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());
		List<String> done = new CopyOnWriteArrayList<>();

		runtime.loadInBackground();
		runtime.afterStart("first", () -> done.add("first " + (runtime.current() != null)));
		runtime.afterStart("failing", () -> {
			throw new IllegalStateException("on purpose");
		});
		runtime.afterStart("third", () -> done.add("third"));
		runtime.startWork().join();

		assertThat(done).containsExactly("first true", "third");
	}

	@Test
	void queuingStartWorkDoesNotWaitForALoadUnderWay() throws Exception {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());
		CountDownLatch loading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// a load holds the runtime's lock while it compiles: held here as long as needed
		Thread load = new Thread(() -> {
			synchronized (runtime) {
				loading.countDown();
				await(release);
			}
		});
		load.start();
		loading.await();
		try {
			CompletableFuture<CompletableFuture<Void>> queued = CompletableFuture
				.supplyAsync(() -> runtime.afterStart("quick", () -> {
				}));
			assertThat(queued.get(10, TimeUnit.SECONDS)).isNotNull();
		}
		finally {
			release.countDown();
			load.join();
		}
	}

	@Test
	void aPublicationWaitsForTheStartWorkAndAReadDoesNot() throws Exception {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());
		runtime.reload();
		String shipped = runtime.status().servingVersion();
		CountDownLatch held = new CountDownLatch(1);
		List<String> seenByStartWork = new CopyOnWriteArrayList<>();
		runtime.afterStart("held", () -> {
			await(held);
			seenByStartWork.add(runtime.status().servingVersion());
		});

		assertThat(runtime.current().version()).as("a read is answered at once").isEqualTo(shipped);
		CompletableFuture<RuleRuntime.Status> publication = CompletableFuture.supplyAsync(
				() -> runtime.publish(ShippedRules.withCriticalFrom(runtime.servingFiles(), 16), "user:ada", ""));
		Thread.sleep(300);
		assertThat(publication).as("the publication waits for the start work").isNotDone();

		held.countDown();
		RuleRuntime.Status status = publication.get(60, TimeUnit.SECONDS);
		assertThat(status.lastBuildSucceeded()).isTrue();
		assertThat(seenByStartWork).as("the start work saw the rules it started with").containsExactly(shipped);
		assertThat(runtime.status().servingVersion()).isNotEqualTo(shipped);
	}

	@Test
	void startWorkThatPublishesDoesNotWaitForItself() throws Exception {
		RuleRuntime runtime = new RuleRuntime(workspace.rules(), List.of());
		runtime.loadInBackground();
		List<Boolean> published = new CopyOnWriteArrayList<>();
		runtime.afterStart("sync",
				() -> published
					.add(runtime.publish(ShippedRules.withCriticalFrom(runtime.servingFiles(), 17), "sync", "")
						.lastBuildSucceeded()));

		runtime.startWork().get(60, TimeUnit.SECONDS);

		assertThat(published).containsExactly(true);
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
