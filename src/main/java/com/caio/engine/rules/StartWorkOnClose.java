package com.caio.engine.rules;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A server closing soon after it started lets its start-up work
 * ({@link RuleRuntime#afterStart}) end first, while the database and the beans that work
 * uses are still there: closing publishes this event before it stops anything. It waits a
 * minute at most.
 */
@Component
class StartWorkOnClose {

	private static final Logger log = LoggerFactory.getLogger(StartWorkOnClose.class);

	private final RuleRuntime runtime;

	StartWorkOnClose(RuleRuntime runtime) {
		this.runtime = runtime;
	}

	@EventListener(ContextClosedEvent.class)
	void closing() throws InterruptedException {
		try {
			runtime.startWork().get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("closing while the rules' start-up work still runs");
		}
		catch (ExecutionException ex) {
			// logged by the work itself
		}
	}

}
