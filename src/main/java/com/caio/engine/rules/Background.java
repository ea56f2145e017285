package com.caio.engine.rules;

import java.util.concurrent.CompletableFuture;

/** Work started on a daemon thread of its own, so that it never keeps a program alive. */
final class Background {

	private Background() {
	}

	/**
	 * Starts {@code work} on a daemon thread named {@code name}.
	 * @return done when the work ended, whichever way (the work reports its own failures)
	 */
	static CompletableFuture<Void> start(String name, Runnable work) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				work.run();
			}
			finally {
				done.complete(null);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return done;
	}

}
