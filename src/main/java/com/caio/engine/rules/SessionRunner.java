package com.caio.engine.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one evaluation on a worker thread within the {@link RuleLimits}.
 * {@code fireAllRules(max)} stops a rule that re-fires but not a consequence that loops
 * or blocks, so the caller waits at most the time limit; a worker that overruns is
 * halted, interrupted and abandoned (the pool starts a fresh thread for the next
 * evaluation), and the caller gets a {@link RuleProblemException} naming the rule.
 */
final class SessionRunner {

	private static final Logger log = LoggerFactory.getLogger(SessionRunner.class);

	private static final AtomicInteger THREADS = new AtomicInteger();

	/** Shared by every rule set: a reload must not leave a pool behind. */
	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
		Thread thread = new Thread(task, "rules-worker-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final RuleLimits limits;

	SessionRunner(RuleLimits limits) {
		this.limits = limits;
	}

	RuleLimits limits() {
		return limits;
	}

	Conclusions run(String folder, KieBase base, Collection<?> facts) {
		return run(folder, base, facts, null);
	}

	/**
	 * Like {@link #run(String, KieBase, Collection)}, with {@code listener} (if not null)
	 * told of every fact inserted, changed or deleted.
	 */
	Conclusions run(String folder, KieBase base, Collection<?> facts, RuleRuntimeEventListener listener) {
		Watch watch = new Watch();
		AtomicReference<Thread> worker = new AtomicReference<>();
		KieSession session = base.newKieSession();
		session.addEventListener(watch);
		if (listener != null) {
			session.addEventListener(listener);
		}
		Future<List<Object>> result = WORKERS.submit(() -> {
			worker.set(Thread.currentThread());
			try {
				facts.forEach(session::insert);
				int fired = session.fireAllRules((int) limits.maxFirings());
				if (fired >= limits.maxFirings()) {
					throw new RuleProblemException(folder, watch.mostFired(), "fired " + fired
							+ " times without settling (the limit is caio.rules.max-firings); a rule probably re-triggers itself");
				}
				return new ArrayList<>(session.getObjects());
			}
			finally {
				worker.set(null);
			}
		});
		try {
			List<Object> objects = result.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
			session.dispose();
			return new Conclusions(folder, objects);
		}
		catch (TimeoutException ex) {
			String rule = watch.current();
			abandon(session, result, worker.get());
			throw new RuleProblemException(folder, rule, "did not finish within " + limits.timeLimit().toMillis()
					+ " ms (the limit is caio.rules.time-limit); a consequence probably loops or blocks");
		}
		catch (ExecutionException ex) {
			session.dispose();
			throw problem(folder, ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			abandon(session, result, worker.get());
			throw new RuleProblemException(folder, watch.current(), "interrupted");
		}
	}

	private static RuntimeException problem(String folder, Throwable cause) {
		if (cause instanceof RuleProblemException problem) {
			return problem;
		}
		if (cause instanceof ConsequenceException consequence) {
			Throwable root = consequence.getCause() == null ? consequence : consequence.getCause();
			return new RuleProblemException(folder, Finding.ruleId(consequence.getMatch().getRule()),
					"its consequence threw " + root);
		}
		if (cause instanceof RuntimeException runtime) {
			return runtime;
		}
		return new IllegalStateException(cause);
	}

	/**
	 * Stops what can be stopped. Java 17 can still stop a thread stuck in a busy loop;
	 * later JVMs refuse, and the thread stays abandoned (daemon, never reused).
	 */
	@SuppressWarnings({ "deprecation", "removal" })
	private static void abandon(KieSession session, Future<?> result, Thread thread) {
		session.halt();
		result.cancel(true);
		if (thread == null) {
			return;
		}
		try {
			thread.join(100);
			if (thread.isAlive()) {
				thread.stop();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (UnsupportedOperationException ex) {
			log.warn("rules worker {} overran and cannot be stopped on this JVM; it is abandoned", thread.getName());
		}
	}

	/** Which rule fires now, and how often each rule fired. */
	private static final class Watch extends DefaultAgendaEventListener {

		private volatile String current;

		private final Map<String, Integer> counts = new HashMap<>();

		@Override
		public void beforeMatchFired(BeforeMatchFiredEvent event) {
			current = Finding.ruleId(event.getMatch().getRule());
		}

		@Override
		public void afterMatchFired(AfterMatchFiredEvent event) {
			counts.merge(current, 1, Integer::sum);
		}

		String current() {
			return current;
		}

		String mostFired() {
			return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(current);
		}

	}

}
