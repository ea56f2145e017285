package com.caio.engine.rules;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

/**
 * An immutable, successfully compiled set of rules: one rule base per top-level folder,
 * the parsed data files beside them, and the version stamped on every result produced
 * with it.
 */
public final class RuleSet {

	private final String version;

	private final Instant builtAt;

	private final Map<String, KieBase> bases;

	/** The folders that have rules, compiled or not yet. */
	private final java.util.Set<String> folders;

	/** Compiles a folder's rule base on its first use; null when all were compiled. */
	private final java.util.function.Function<String, KieBase> onDemand;

	private final Map<Class<?>, Object> data;

	private final SessionRunner runner;

	/** What {@link #derived} computed from this rule set, by key. */
	private final Map<String, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

	RuleSet(String version, Instant builtAt, Map<String, KieBase> bases, Map<Class<?>, Object> data,
			SessionRunner runner) {
		this.version = version;
		this.builtAt = builtAt;
		this.bases = Map.copyOf(bases);
		this.folders = java.util.Set.copyOf(bases.keySet());
		this.onDemand = null;
		this.data = Map.copyOf(data);
		this.runner = runner;
	}

	/**
	 * A rule set whose folders are compiled when first used (a command that needs one
	 * folder does not wait for the others).
	 * @param compile builds a folder's rule base, or throws
	 * {@link RulesUnavailableException} with its errors (then it is tried again on the
	 * next use)
	 */
	RuleSet(String version, Instant builtAt, java.util.Set<String> folders,
			java.util.function.Function<String, KieBase> compile, Map<Class<?>, Object> data, SessionRunner runner) {
		this.version = version;
		this.builtAt = builtAt;
		this.bases = new java.util.concurrent.ConcurrentHashMap<>();
		this.folders = java.util.Set.copyOf(folders);
		this.onDemand = compile;
		this.data = Map.copyOf(data);
		this.runner = runner;
	}

	/** The folder's rule base, compiled now if it is compiled on demand; null if none. */
	KieBase base(String folder) {
		if (onDemand == null || !folders.contains(folder)) {
			return bases.get(folder);
		}
		return bases.computeIfAbsent(folder, onDemand);
	}

	/** Whether {@code folder} has rules in this set, compiled or not yet. */
	boolean hasFolder(String folder) {
		return folders.contains(folder);
	}

	/** Whether {@code folder}'s rule base is compiled already. */
	boolean compiled(String folder) {
		return bases.containsKey(folder);
	}

	/** SHA-256 over every file's path and content, in path order. */
	public String version() {
		return version;
	}

	public Instant builtAt() {
		return builtAt;
	}

	/**
	 * Inserts the facts into a fresh session of the folder's rules, fires them within the
	 * {@link RuleLimits} and returns what working memory holds at the end.
	 * @throws RuleProblemException when a rule loops, overruns or throws
	 */
	public Conclusions evaluate(String folder, Collection<?> facts) {
		KieBase base = base(folder);
		if (base == null) {
			throw new RulesUnavailableException("no rules folder '" + folder + "' in rule set " + version, List.of());
		}
		return runner.run(folder, base, facts);
	}

	/**
	 * Evaluates each collection of facts in a session of its own, as many at once as
	 * there are processors, and gives what {@code keep} took from each conclusion, in the
	 * order of the batches (a session's working memory is dropped once kept from). The
	 * first batch to fail throws its {@link RuleProblemException}.
	 */
	public <T> List<T> evaluateEach(String folder, List<? extends Collection<?>> batches,
			java.util.function.Function<Conclusions, T> keep) {
		int threads = Math.min(batches.size(), Runtime.getRuntime().availableProcessors());
		if (threads <= 1) {
			return batches.stream().map(b -> keep.apply(evaluate(folder, b))).toList();
		}
		Object[] kept = new Object[batches.size()];
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicReference<RuntimeException> failed = new java.util.concurrent.atomic.AtomicReference<>();
		Runnable work = () -> {
			int b;
			while (failed.get() == null && (b = next.getAndIncrement()) < kept.length) {
				try {
					kept[b] = keep.apply(evaluate(folder, batches.get(b)));
				}
				catch (RuntimeException ex) {
					failed.compareAndSet(null, ex);
				}
			}
		};
		List<java.util.concurrent.Future<?>> helpers = new java.util.ArrayList<>();
		for (int t = 1; t < threads; t++) {
			helpers.add(BATCHES.submit(work));
		}
		work.run();
		for (java.util.concurrent.Future<?> helper : helpers) {
			try {
				helper.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new RuleProblemException(folder, null, "interrupted");
			}
			catch (java.util.concurrent.ExecutionException ex) {
				failed.compareAndSet(null, new IllegalStateException(ex.getCause()));
			}
		}
		if (failed.get() != null) {
			throw failed.get();
		}
		@SuppressWarnings("unchecked")
		List<T> result = (List<T>) java.util.Arrays.asList(kept);
		return result;
	}

	/** The threads that evaluate batches beside the caller's (daemons, shared). */
	private static final java.util.concurrent.ExecutorService BATCHES = java.util.concurrent.Executors
		.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "rules-batch");
			thread.setDaemon(true);
			return thread;
		});

	/**
	 * Whether the folder's rules decide each row on its own, given the facts of the
	 * {@code shared} types: then sessions over batches of rows, each given every shared
	 * fact, conclude together what one session over all rows concludes (see
	 * {@link RowIndependence}). Decided once per rule set and folder.
	 */
	public boolean rowsIndependent(String folder, java.util.Set<Class<?>> shared) {
		KieBase base = base(folder);
		return base != null && derived("rules.rows-independent." + folder + "." + shared, Boolean.class,
				() -> RowIndependence.holds(base, shared));
	}

	/**
	 * Compiles the folder's rules now if they are compiled on demand, so that a run that
	 * reads the rule set's data first still meets the folder's errors first.
	 * @throws RulesUnavailableException with the folder's errors
	 */
	public void require(String folder) {
		base(folder);
	}

	/** The rules folders that compiled into a rule base. */
	public java.util.Set<String> folders() {
		return folders;
	}

	/** A compiled rule: its id (from {@code @id}, else its name), name and metadata. */
	public record RuleInfo(String id, String name, Map<String, Object> metadata) {
	}

	/** The rules of a folder's package, for catalogues (the acceptance matrix). */
	public List<RuleInfo> rules(String folder) {
		KieBase base = base(folder);
		if (base == null || base.getKiePackage(folder) == null) {
			return List.of();
		}
		return base.getKiePackage(folder)
			.getRules()
			.stream()
			.map(r -> new RuleInfo(Finding.ruleId(r), r.getName(), Map.copyOf(r.getMetaData())))
			.toList();
	}

	/**
	 * What {@code compute} derives from this rule set alone (e.g. by evaluating its rules
	 * over facts that are the same in every request), computed on first use and kept as
	 * long as this rule set serves: a rule edit publishes a new rule set, so the next
	 * request derives it again from the edited rules. Requests that ask while it is
	 * computed wait for it; a computation that throws is not kept (the next use tries
	 * again).
	 * @param key names what is derived, unique across capabilities
	 */
	public <T> T derived(String key, Class<T> type, java.util.function.Supplier<T> compute) {
		return type.cast(derived.computeIfAbsent(key, k -> compute.get()));
	}

	public <T> T data(Class<T> type) {
		Object value = data.get(type);
		if (value == null) {
			throw new RulesUnavailableException("rule set " + version + " has no " + type.getSimpleName(), List.of());
		}
		return type.cast(value);
	}

}
