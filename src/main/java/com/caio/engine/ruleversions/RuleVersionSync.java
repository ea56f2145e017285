package com.caio.engine.ruleversions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.caio.engine.rules.RuleRuntime;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keeps several servers on one database serving the same version: every
 * {@code caio.rules.sync-interval} (default 5 s; 0 turns it off) a server reads the
 * newest publication and, when another server published a version this one does not
 * serve, publishes its files here too (cause {@value RuleVersions#SYNC}, same version
 * id). At start, a server whose folder holds an older kept version takes the newest one;
 * a folder holding files never kept (edited while the server was down) is kept as a new
 * version instead, which the other servers then take.
 */
@Component
class RuleVersionSync {

	private static final Logger log = LoggerFactory.getLogger(RuleVersionSync.class);

	private final RuleRuntime runtime;

	private final RuleVersions versions;

	private final RuleVersionStore store;

	private final Duration interval;

	private ScheduledExecutorService poller;

	/** The newest publication row this server has seen. */
	private long seen;

	/** Closed: a start still queued must not start polling. */
	private boolean stopped;

	RuleVersionSync(RuleRuntime runtime, RuleVersions versions, RuleVersionStore store,
			@Value("${caio.rules.sync-interval:5s}") Duration interval) {
		this.runtime = runtime;
		this.versions = versions;
		this.store = store;
		this.interval = interval;
	}

	@EventListener
	@Order(2)
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
			// a command-line run: neither a server starting nor one to keep in step
			return;
		}
		// once the server is up and its rules loaded, before any later publication
		runtime.afterStart("the rule version sync", this::start);
	}

	synchronized void start() {
		if (stopped) {
			return;
		}
		String serving = runtime.status().servingVersion();
		boolean syncing = !interval.isZero() && !interval.isNegative();
		if (syncing && serving != null && store.hasFiles(serving)) {
			// an older (or the newest) kept version: take the newest below
			seen = 0;
		}
		else {
			versions.keepServingAtStart();
			seen = newestId();
		}
		if (syncing) {
			poll();
			poller = Executors.newSingleThreadScheduledExecutor(r -> {
				Thread thread = new Thread(r, "rule-version-sync");
				thread.setDaemon(true);
				return thread;
			});
			long ms = interval.toMillis();
			poller.scheduleWithFixedDelay(this::pollQuietly, ms, ms, TimeUnit.MILLISECONDS);
		}
	}

	private long newestId() {
		List<RuleVersion> newest = store.newest(1);
		return newest.isEmpty() ? 0 : newest.get(0).id();
	}

	/** Takes the newest publication if it came after the last seen and is not serving. */
	synchronized void poll() {
		List<RuleVersion> rows = store.newest(1);
		if (rows.isEmpty() || rows.get(0).id() <= seen) {
			return;
		}
		RuleVersion newest = rows.get(0);
		seen = newest.id();
		if (newest.version().equals(runtime.status().servingVersion())) {
			return;
		}
		Map<String, byte[]> files = store.contents(newest.version());
		RuleRuntime.Status status = runtime.publish(files, RuleVersions.SYNC,
				"published by " + newest.publishedBy() + " on another server");
		if (status.lastBuildSucceeded()) {
			log.info("rules {} taken over from the database (published by {})", newest.shortVersion(),
					newest.publishedBy());
		}
		else {
			log.warn("rules {} published on another server do not build here; {} keeps serving: {}",
					newest.shortVersion(), runtime.status().servingVersion(), status.messages());
		}
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			log.warn("rule version sync failed; retrying in {}", interval, ex);
		}
	}

	@PreDestroy
	synchronized void stop() {
		stopped = true;
		if (poller != null) {
			poller.shutdownNow();
		}
	}

}
