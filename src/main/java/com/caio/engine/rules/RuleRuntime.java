package com.caio.engine.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.caio.engine.common.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the rule set that serves requests and replaces it only with one that compiled
 * clean. A request takes {@link #current()} once and uses that rule set throughout, so a
 * reload never changes the rules under a running scoring.
 */
public class RuleRuntime {

	private static final Logger log = LoggerFactory.getLogger(RuleRuntime.class);

	/** What the last build attempt produced, whether or not it was published. */
	public record Status(Path rulesDir, String servingVersion, Instant servingSince, String attemptedVersion,
			boolean lastBuildSucceeded, List<RuleFile> files, List<RuleMessage> messages) {
	}

	/**
	 * One reload, told to the listeners: who or what asked for it, the version it built,
	 * the version serving before it, and whether the new one was published.
	 */
	public record Reload(String cause, String version, String previousVersion, boolean published, int ruleCount,
			List<RuleMessage> messages, List<RuleFile> files, String comment) {

		/** A publication that changed nothing: the same files built again. */
		public boolean unchanged() {
			return published && version.equals(previousVersion);
		}

	}

	private final Path rulesDir;

	private final RuleCompiler compiler;

	private final AtomicReference<RuleSet> serving = new AtomicReference<>();

	private volatile RuleCompiler.Build lastBuild;

	/** The build of the rule set serving. */
	private volatile RuleCompiler.Build published;

	/** What a candidate must pass besides compiling; none until {@link #checkWith}. */
	private volatile Supplier<List<RuleSetCheck>> checks = List::of;

	/** The catalogue of the rule set that serves, replaced with it. */
	private volatile List<RuleCatalogue.Entry> catalogue = List.of();

	private final List<Consumer<Reload>> listeners = new CopyOnWriteArrayList<>();

	/**
	 * True when each folder is compiled at its first use (a command line run), false when
	 * every reload compiles them all (a server).
	 */
	private volatile boolean onDemand;

	/** The first load when it runs in the background ({@link #loadInBackground}). */
	private volatile java.util.concurrent.CompletableFuture<Void> firstLoad = java.util.concurrent.CompletableFuture
		.completedFuture(null);

	/** The thread of the background first load: it must not wait for itself. */
	private volatile Thread loader;

	/** Done when the work queued by {@link #afterStart} so far has ended. */
	private volatile java.util.concurrent.CompletableFuture<Void> startWork = java.util.concurrent.CompletableFuture
		.completedFuture(null);

	/** The thread running the start-up work now: it must not wait for itself. */
	private volatile Thread startWorker;

	/**
	 * Guards {@link #startWork}; not the runtime's own lock, which a load holds while it
	 * compiles.
	 */
	private final Object startLock = new Object();

	public RuleRuntime(Path rulesDir, List<RuleDataParser<?>> parsers) {
		this(rulesDir, parsers, RuleLimits.DEFAULT);
	}

	public RuleRuntime(Path rulesDir, List<RuleDataParser<?>> parsers, RuleLimits limits) {
		this(rulesDir, parsers, limits, true);
	}

	/**
	 * Without the source policy (the bytecode scan still runs): only for tests of the
	 * limits, whose runaway rules declare their own types, which the policy refuses.
	 */
	RuleRuntime(Path rulesDir, List<RuleDataParser<?>> parsers, RuleLimits limits, boolean checkSources) {
		this.rulesDir = rulesDir;
		this.compiler = new RuleCompiler(parsers, limits, checkSources);
	}

	public Path rulesDir() {
		return rulesDir;
	}

	/**
	 * Compiles the rules folder; publishes the result only if it has no error and passes
	 * the checks (see {@link #checkWith}).
	 */
	public Status reload() {
		return reload("system");
	}

	/**
	 * As {@link #reload()}, telling the listeners who asked.
	 * @param cause who or what asked: e.g. {@code user:alice}, {@code file watcher}
	 */
	public Status reload(String cause) {
		awaitFirstLoad();
		awaitStartWork();
		return load(cause, false);
	}

	/**
	 * Starts the first load of the rules folder on a thread of its own and returns at
	 * once, so a server compiles its rules while the rest of it starts (on two cores, at
	 * the same time). Every method of this runtime waits for that load first, so a
	 * request that needs the rules waits for them and one that does not (the health
	 * check, the sign-in page) is answered at once. Like a first reload made before any
	 * listener or check was registered, it tells no listener and runs no check; the
	 * server's start-up smoke run ({@link #checkServing}) checks the set it published.
	 */
	public void loadInBackground() {
		java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
		firstLoad = done;
		Thread thread = new Thread(() -> {
			try {
				load("system", true);
			}
			catch (RuntimeException | Error ex) {
				log.error("the first load of the rules from {} failed", rulesDir, ex);
			}
			finally {
				done.complete(null);
			}
		}, "rules-first-load");
		thread.setDaemon(true);
		loader = thread;
		thread.start();
	}

	/**
	 * Runs {@code work} on a thread of its own once the first load has ended and the
	 * start-up work queued before it is done: what a server does with its rules once it
	 * is up (records the version serving, keeps it, tries it on the shipped examples),
	 * without holding up its readiness. Until that work is done, a reload or a
	 * publication waits for it (the start-up work itself does not), so what it records
	 * comes before any later publication; a request that only reads the rules waits for
	 * the first load alone. A failure is logged with {@code what}.
	 * @return done when this work ended, whichever way
	 */
	public java.util.concurrent.CompletableFuture<Void> afterStart(String what, Runnable work) {
		synchronized (startLock) {
			return queue(what, work);
		}
	}

	private java.util.concurrent.CompletableFuture<Void> queue(String what, Runnable work) {
		java.util.concurrent.CompletableFuture<Void> before = startWork;
		java.util.concurrent.CompletableFuture<Void> done = Background.start("rules-at-start", () -> {
			before.join();
			awaitFirstLoad();
			startWorker = Thread.currentThread();
			long start = System.nanoTime();
			try {
				work.run();
				log.debug("{} done at start in {} ms", what, (System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException | Error ex) {
				log.error("{} failed at start", what, ex);
			}
			finally {
				startWorker = null;
			}
		});
		startWork = done;
		return done;
	}

	/** Done when the start-up work queued so far ({@link #afterStart}) has ended. */
	public java.util.concurrent.CompletableFuture<Void> startWork() {
		return startWork;
	}

	/**
	 * Returns once the start-up work queued so far has ended, unless this is that work.
	 */
	private void awaitStartWork() {
		java.util.concurrent.CompletableFuture<Void> work = startWork;
		if (!work.isDone() && Thread.currentThread() != startWorker) {
			work.join();
		}
	}

	/** Returns once the background first load (if any) has published or failed. */
	private void awaitFirstLoad() {
		java.util.concurrent.CompletableFuture<Void> load = firstLoad;
		if (!load.isDone() && Thread.currentThread() != loader) {
			load.join();
		}
	}

	private synchronized Status load(String cause, boolean first) {
		long start = System.nanoTime();
		RuleCompiler.Build build = compiler.build(rulesDir, onDemand);
		build = first ? build : checked(build);
		if (!build.succeeded()) {
			log.warn("rules from {} not published, {} still serving:\n{}", rulesDir,
					serving.get() == null ? "nothing" : shortVersion(serving.get().version()),
					String.join("\n", build.messages().stream().map(RuleMessage::toString).toList()));
		}
		adopt(build, cause, "", !first);
		if (build.succeeded()) {
			log.info("rules {} published from {} in {} ms", shortVersion(build.version()), rulesDir,
					(System.nanoTime() - start) / 1_000_000);
		}
		return status();
	}

	/**
	 * Records a build as the last attempt, serves it when it succeeded, and tells the
	 * listeners: the one way a reload and a publication take effect.
	 */
	private void adopt(RuleCompiler.Build build, String cause, String comment) {
		adopt(build, cause, comment, true);
	}

	private void adopt(RuleCompiler.Build build, String cause, String comment, boolean tell) {
		RuleSet before = serving.get();
		lastBuild = build;
		if (build.succeeded()) {
			published = build;
			serving.set(build.ruleSet());
			catalogue = build.catalogue();
		}
		if (!tell) {
			return;
		}
		tell(new Reload(cause, build.version(), before == null ? null : before.version(), build.succeeded(),
				catalogue.size(), build.messages(), build.files(), comment == null ? "" : comment));
	}

	/**
	 * A rule set built from files but not published (a draft to preview, a stored version
	 * to re-run under): the rule set when it compiled and passed the checks, else null.
	 */
	public record Candidate(RuleSet ruleSet, String version, List<RuleFile> files, List<RuleMessage> messages) {

		public boolean compiled() {
			return ruleSet != null;
		}

	}

	/**
	 * Compiles and checks these files as a whole rule set, as {@link #reload} would,
	 * without publishing them or writing anything.
	 * @param files content by path below the rules folder ('/' separated)
	 */
	public Candidate compile(Map<String, byte[]> files) {
		awaitFirstLoad();
		RuleCompiler.Build build = built(files);
		return new Candidate(build.ruleSet(), build.version(), build.files(), build.messages());
	}

	/** Files given from outside, compiled and checked; refused unheard if a path is. */
	private RuleCompiler.Build built(Map<String, byte[]> files) {
		List<RuleMessage> refused = refusedPaths(files);
		return refused.isEmpty() ? checked(compiler.build(RuleFiles.of(rulesDir, files)))
				: new RuleCompiler.Build(null, "", List.of(), refused, List.of());
	}

	/**
	 * The files of the rule set serving, by path below the rules folder; empty if none.
	 */
	public Map<String, byte[]> servingFiles() {
		awaitFirstLoad();
		RuleCompiler.Build build = published;
		Map<String, byte[]> files = new TreeMap<>();
		if (build != null) {
			build.files().forEach(f -> files.put(f.relativePath(), f.content()));
		}
		return files;
	}

	/**
	 * Replaces the whole rule set with these files: compiles and checks them first, and
	 * only when they pass, serves them and writes them into the rules folder (files not
	 * named are deleted), so a restart or the file watcher finds the same version. A
	 * refused set changes nothing on disk and the rule set serving keeps serving.
	 * @param files content by path below the rules folder ('/' separated)
	 * @param cause who asked, as for {@link #reload(String)}
	 * @param comment why, as the person publishing wrote it (told to the listeners)
	 */
	public Status publish(Map<String, byte[]> files, String cause, String comment) {
		awaitFirstLoad();
		awaitStartWork();
		return publishNow(files, cause, comment);
	}

	private synchronized Status publishNow(Map<String, byte[]> files, String cause, String comment) {
		RuleCompiler.Build build = built(files);
		if (build.succeeded()) {
			RuleDirectory.replace(rulesDir, files);
			log.info("rules {} published by {}", shortVersion(build.version()), cause);
		}
		adopt(build, cause, comment);
		return status();
	}

	private List<RuleMessage> refusedPaths(Map<String, byte[]> files) {
		List<RuleMessage> refused = new ArrayList<>();
		files.keySet().forEach(path -> {
			String why = RuleFiles.refusedPath(path);
			if (why != null) {
				refused.add(RuleMessage.error(String.valueOf(path), 1, 1, why));
			}
		});
		return refused;
	}

	/**
	 * From now on, reloads compile each folder when a run first needs it, not all at
	 * once: for a command that uses one capability's rules. {@link #compileAll} (the
	 * {@code rules} commands, the catalogue) compiles them all again.
	 */
	public void compileOnDemand() {
		awaitFirstLoad();
		onDemandNow();
	}

	private synchronized void onDemandNow() {
		onDemand = true;
	}

	/**
	 * Starts compiling {@code folder}'s rule base in the background when folders are
	 * compiled on demand, so that a command's own rules compile while the rest of the
	 * program starts; the command's first use waits for it rather than compiling again. A
	 * folder that does not compile is left to that first use, which reports its errors.
	 * Nothing happens for a folder without rules or when every folder is compiled.
	 * @return done when the folder was tried
	 */
	public java.util.concurrent.CompletableFuture<Void> prefetch(String folder) {
		awaitFirstLoad();
		RuleSet ruleSet = serving.get();
		if (!onDemand || ruleSet == null || !ruleSet.hasFolder(folder)) {
			return java.util.concurrent.CompletableFuture.completedFuture(null);
		}
		return Background.start("rules-prefetch-" + folder, () -> {
			try {
				ruleSet.base(folder);
			}
			catch (RuntimeException ex) {
				// reported by the command's own use of the folder
			}
		});
	}

	/**
	 * Starts compiling {@code folder} of {@code rulesDir} before any runtime exists (a
	 * command line, as soon as its logging is set up): the first runtime whose rules have
	 * the same files in that folder takes the compiled rule base, waiting for it if need
	 * be. Errors are left to that runtime, which reports them as always.
	 * @return done when the compilation ended or was not started
	 */
	public static java.util.concurrent.CompletableFuture<Void> compileEarly(Path rulesDir, String folder) {
		return RuleCompiler.startEarly(rulesDir, folder);
	}

	/** How many folders were compiled rather than taken from the compiler's cache. */
	long foldersBuilt() {
		return compiler.foldersBuilt();
	}

	/**
	 * Compiles every folder now if reloads compile on demand (then reloads compile them
	 * all again); otherwise the status of the last reload.
	 */
	public Status compileAll() {
		awaitFirstLoad();
		return compileAllNow();
	}

	private synchronized Status compileAllNow() {
		if (!onDemand) {
			return status();
		}
		onDemand = false;
		return load(lastBuild == null ? "system" : "compile all", false);
	}

	/**
	 * Tells {@code listener} of every later reload, published or refused. A listener that
	 * fails is logged; the reload stands.
	 */
	public void onReload(Consumer<Reload> listener) {
		listeners.add(listener);
	}

	private void tell(Reload reload) {
		for (Consumer<Reload> listener : listeners) {
			try {
				listener.accept(reload);
			}
			catch (RuntimeException ex) {
				log.error("a rule reload listener failed", ex);
			}
		}
	}

	/**
	 * From now on a rule set that compiled clean is also tried by these checks (the smoke
	 * run of the shipped examples) before it is published. Supplied lazily: the checks
	 * use capabilities that are built after the runtime.
	 */
	public void checkWith(Supplier<List<RuleSetCheck>> checks) {
		this.checks = checks;
	}

	/** Runs the checks on the rule set serving now, e.g. once the application is up. */
	public List<RuleMessage> checkServing() {
		awaitFirstLoad();
		compileAll();
		RuleSet ruleSet = serving.get();
		RuleCompiler.Build build = published;
		return ruleSet == null || build == null ? List.of() : problems(ruleSet, folders(build.files()).keySet());
	}

	private RuleCompiler.Build checked(RuleCompiler.Build build) {
		if (!build.succeeded()) {
			return build;
		}
		List<RuleMessage> problems = problems(build.ruleSet(), changedFolders(build));
		if (problems.isEmpty()) {
			return build;
		}
		List<RuleMessage> messages = new ArrayList<>(build.messages());
		messages.addAll(problems);
		boolean failed = problems.stream().anyMatch(RuleMessage::isError);
		return new RuleCompiler.Build(failed ? null : build.ruleSet(), build.version(), build.files(),
				List.copyOf(messages), build.catalogue());
	}

	private List<RuleMessage> problems(RuleSet candidate, Set<String> changed) {
		List<RuleMessage> problems = new ArrayList<>();
		for (RuleSetCheck check : checks.get()) {
			problems.addAll(check.check(candidate, changed));
		}
		return problems;
	}

	/** The folders whose files differ from those of the rule set serving. */
	private Set<String> changedFolders(RuleCompiler.Build candidate) {
		Map<String, String> now = folders(candidate.files());
		RuleCompiler.Build before = published;
		if (before == null) {
			return now.keySet();
		}
		Map<String, String> then = folders(before.files());
		Set<String> changed = new TreeSet<>();
		now.forEach((folder, hash) -> {
			if (!hash.equals(then.get(folder))) {
				changed.add(folder);
			}
		});
		then.keySet().stream().filter(folder -> !now.containsKey(folder)).forEach(changed::add);
		return changed;
	}

	/** Each folder's content as one hash over its files' paths and bytes. */
	private static Map<String, String> folders(List<RuleFile> files) {
		Map<String, MessageDigest> digests = new TreeMap<>();
		for (RuleFile file : files) {
			MessageDigest sha = digests.computeIfAbsent(file.folder(), f -> Hashing.sha256());
			sha.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(file.content());
			sha.update((byte) 0);
		}
		Map<String, String> hashes = new TreeMap<>();
		digests.forEach((folder, sha) -> hashes.put(folder, Hashing.hex(sha)));
		return hashes;
	}

	/** The rule set to use for one request. */
	public RuleSet current() {
		awaitFirstLoad();
		RuleSet ruleSet = serving.get();
		if (ruleSet == null) {
			RuleCompiler.Build build = lastBuild;
			throw new RulesUnavailableException("no rule set compiled from " + rulesDir + "; fix the errors and reload",
					build == null ? List.of() : build.messages());
		}
		return ruleSet;
	}

	/** The rules of the serving rule set: id, name, file, severity, policy values. */
	public List<RuleCatalogue.Entry> catalogue() {
		awaitFirstLoad();
		if (onDemand) {
			compileAll();
		}
		return catalogue;
	}

	public Status status() {
		awaitFirstLoad();
		RuleSet ruleSet = serving.get();
		RuleCompiler.Build build = lastBuild;
		return new Status(rulesDir, ruleSet == null ? null : ruleSet.version(),
				ruleSet == null ? null : ruleSet.builtAt(), build == null ? null : build.version(),
				build != null && build.succeeded(), build == null ? List.of() : build.files(),
				build == null ? List.of() : build.messages());
	}

	static String shortVersion(String version) {
		return version.length() > 12 ? version.substring(0, 12) : version;
	}

}
