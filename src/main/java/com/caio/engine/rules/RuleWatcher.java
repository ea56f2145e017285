package com.caio.engine.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rules when a file under the rules folder changes. Editors write a file in
 * several steps, so changes are debounced: a reload starts once the folder has been quiet
 * for a moment.
 */
public class RuleWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RuleWatcher.class);

	private final RuleRuntime runtime;

	private final Duration quietPeriod;

	private final WatchService watchService;

	private final Thread thread;

	public RuleWatcher(RuleRuntime runtime, Duration quietPeriod) throws IOException {
		this.runtime = runtime;
		this.quietPeriod = quietPeriod;
		this.watchService = FileSystems.getDefault().newWatchService();
		registerAll(runtime.rulesDir());
		this.thread = new Thread(this::watch, "rules-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void registerAll(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> dirs = Files.walk(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
						StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = watchService.take();
				drain(key);
				// debounce: keep collecting until nothing changes for the quiet period
				WatchKey more;
				while ((more = watchService.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
					drain(more);
				}
				registerAll(runtime.rulesDir());
				runtime.reload();
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.error("rules watcher stopped; use POST /api/rules/reload", ex);
		}
	}

	private static void drain(WatchKey key) {
		key.pollEvents();
		key.reset();
	}

	@Override
	public void close() throws IOException {
		watchService.close();
		thread.interrupt();
	}

}
