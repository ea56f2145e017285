package com.caio.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
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

	/** How often to check that the rules folder itself is still the one being watched. */
	private static final Duration RECHECK = Duration.ofSeconds(1);

	/** The folders registered, with their keys. */
	private final java.util.Map<Path, WatchKey> keys = new java.util.concurrent.ConcurrentHashMap<>();

	public RuleWatcher(RuleRuntime runtime, Duration quietPeriod) throws IOException {
		this.runtime = runtime;
		this.quietPeriod = quietPeriod;
		this.watchService = FileSystems.getDefault().newWatchService();
		registerAll();
		this.thread = new Thread(this::watch, "rules-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Watches every folder under the rules folder. Folders can vanish while we walk them
	 * (a checkout, a restore): then this returns false and is tried again on the next
	 * round.
	 */
	private boolean registerAll() {
		Path root = runtime.rulesDir();
		if (!Files.isDirectory(root)) {
			return false;
		}
		try (Stream<Path> dirs = Files.walk(root)) {
			for (Path dir : dirs.filter(Files::isDirectory).toList()) {
				WatchKey key = dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
				keys.put(dir, key);
			}
			return true;
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	private void watch() {
		try {
			while (true) {
				WatchKey key = watchService.poll(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
				if (key == null) {
					// a rules folder deleted and made again sends nothing to its old key,
					// and a folder made between a registration's listing and its
					// registering is not watched: its changes were missed
					WatchKey rootKey = keys.get(runtime.rulesDir());
					if (rootKey == null || !rootKey.isValid() || unwatchedFolder()) {
						reloadWhenWatched();
					}
					continue;
				}
				drain(key);
				// debounce: keep collecting until nothing changes for the quiet period
				WatchKey more;
				while ((more = watchService.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
					drain(more);
				}
				reloadWhenWatched();
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether a folder under the rules folder has no valid registration. */
	private boolean unwatchedFolder() {
		Path root = runtime.rulesDir();
		if (!Files.isDirectory(root)) {
			return false;
		}
		try (Stream<Path> dirs = Files.walk(root)) {
			return dirs.filter(Files::isDirectory).anyMatch(dir -> {
				WatchKey key = keys.get(dir);
				return key == null || !key.isValid();
			});
		}
		catch (IOException | UncheckedIOException ex) {
			// vanishing while walked: the next round looks again
			return false;
		}
	}

	private void reloadWhenWatched() {
		if (!registerAll()) {
			return;
		}
		try {
			runtime.reload("file watcher");
		}
		catch (RuntimeException ex) {
			// the previous rules keep serving; the next change tries again
			log.error("reloading the rules failed", ex);
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
