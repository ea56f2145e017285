package com.caio.engine.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.caio.engine.common.Hashing;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Reads a rules folder and compiles it: one rule base per top-level folder, with every
 * problem reported at the file, line and column the user edits. Never publishes anything
 * itself.
 */
final class RuleCompiler {

	/** The result of one build: a rule set only when there was no error. */
	record Build(RuleSet ruleSet, String version, List<RuleFile> files, List<RuleMessage> messages,
			List<RuleCatalogue.Entry> catalogue) {

		boolean succeeded() {
			return ruleSet != null;
		}
	}

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

	static final String RESOURCES = "src/main/resources/";

	/** Follows every parse error and says nothing of its own. */
	private static final String NULL_PACKAGE = "Parser returned a null Package";

	private static final Pattern FOLDER_NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final AtomicLong BUILDS = new AtomicLong();

	/**
	 * Folder builds by {@link #folderKey}, least recently used dropped first: enough for
	 * the serving set, a draft and a version rolled back to.
	 */
	static final int CACHED_FOLDERS = 48;

	private final Map<String, FolderBuild> cache = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, FolderBuild> eldest) {
			return size() > CACHED_FOLDERS;
		}

	};

	/**
	 * Folder builds a command line started before the program's own compiler existed
	 * ({@link #startEarly}), by {@link #folderKey}: the first compiler that needs the
	 * same files takes the build (waiting for it if it is still running) instead of
	 * building again.
	 */
	private static final Map<String, java.util.concurrent.CompletableFuture<FolderBuild>> EARLY = new java.util.concurrent.ConcurrentHashMap<>();

	/** How many folders this compiler built rather than took from its cache. */
	private final AtomicLong foldersBuilt = new AtomicLong();

	private final List<RuleDataParser<?>> parsers;

	private final SessionRunner runner;

	/** False only in tests that prove the bytecode check stands on its own. */
	private final boolean checkSources;

	RuleCompiler(List<RuleDataParser<?>> parsers, RuleLimits limits) {
		this(parsers, limits, true);
	}

	RuleCompiler(List<RuleDataParser<?>> parsers, RuleLimits limits, boolean checkSources) {
		this.parsers = List.copyOf(parsers);
		this.runner = new SessionRunner(limits);
		this.checkSources = checkSources;
	}

	long foldersBuilt() {
		return foldersBuilt.get();
	}

	Build build(Path rulesDir) {
		List<RuleMessage> messages = new ArrayList<>();
		if (!Files.isDirectory(rulesDir)) {
			messages.add(RuleMessage.error(rulesDir.toString(), 1, 1, "rules folder does not exist"));
			return new Build(null, "", List.of(), messages, List.of());
		}
		return build(RuleFiles.read(rulesDir));
	}

	/**
	 * Compiles the given files (e.g. a draft or a stored version), as if read from disk.
	 */
	Build build(List<RuleFile> files) {
		return build(files, false);
	}

	/**
	 * Reads the folder; with {@code onDemand}, parses its data files but compiles each
	 * folder's rules only when the rule set first evaluates it (see {@link RuleSet}).
	 */
	Build build(Path rulesDir, boolean onDemand) {
		if (!onDemand || !Files.isDirectory(rulesDir)) {
			return build(rulesDir);
		}
		return build(RuleFiles.read(rulesDir), true);
	}

	private Build build(List<RuleFile> files, boolean onDemand) {
		List<RuleMessage> messages = new ArrayList<>();
		String version = RuleFiles.version(files);
		Map<String, List<RuleFile>> byFolder = new TreeMap<>();
		for (RuleFile file : files) {
			if (!file.folder().isEmpty()) {
				byFolder.computeIfAbsent(file.folder(), f -> new ArrayList<>()).add(file);
			}
		}
		if (onDemand) {
			return onDemand(files, version, byFolder, messages);
		}
		Map<String, KieBase> bases = new LinkedHashMap<>();
		List<RuleCatalogue.Entry> catalogue = new ArrayList<>();
		byFolder.forEach((folder, folderFiles) -> {
			FolderBuild built = folderBuild(folder, folderFiles, version);
			messages.addAll(built.messages());
			catalogue.addAll(built.catalogue());
			if (built.base() != null) {
				bases.put(folder, built.base());
			}
		});
		Map<Class<?>, Object> data = parseData(files, messages);
		boolean failed = messages.stream().anyMatch(RuleMessage::isError);
		RuleSet ruleSet = failed ? null : new RuleSet(version, Instant.now(), bases, data, runner);
		return new Build(ruleSet, version, files, List.copyOf(messages), failed ? List.of() : List.copyOf(catalogue));
	}

	/**
	 * A folder's rule base (null when it has no rules or failed), its messages and its
	 * catalogue entries.
	 */
	record FolderBuild(KieBase base, List<RuleMessage> messages, List<RuleCatalogue.Entry> catalogue) {
	}

	/**
	 * The folder's build from the cache when the same files were built clean before, else
	 * built now (and cached when clean): a publication rebuilds only the folders whose
	 * files changed. A rule base is immutable once built and shared by the rule sets that
	 * name it; a refused folder is never cached.
	 */
	private FolderBuild folderBuild(String folder, List<RuleFile> files, String version) {
		String key = folderKey(files);
		FolderBuild cached;
		synchronized (cache) {
			cached = cache.get(key);
		}
		if (cached != null) {
			return cached;
		}
		FolderBuild built = checkSources ? early(key) : null;
		if (built == null) {
			foldersBuilt.incrementAndGet();
			List<RuleMessage> messages = new ArrayList<>();
			List<RuleCatalogue.Entry> catalogue = new ArrayList<>();
			KieBase base = buildFolder(folder, files, version, messages, catalogue);
			built = new FolderBuild(base, List.copyOf(messages), List.copyOf(catalogue));
		}
		List<RuleMessage> messages = built.messages();
		if (messages.stream().noneMatch(RuleMessage::isError)) {
			synchronized (cache) {
				cache.put(key, built);
			}
		}
		return built;
	}

	/**
	 * Starts building {@code folder} of {@code rulesDir} on a thread of its own, with the
	 * source policy on, for the first compiler that needs the same files; nothing when
	 * the folder has no files. Whatever goes wrong here is left to that compiler, which
	 * builds (and reports) as if nothing had been started.
	 * @return done when the build ended or was not started
	 */
	static java.util.concurrent.CompletableFuture<Void> startEarly(Path rulesDir, String folder) {
		return Background.start("rules-early-" + folder, () -> {
			try {
				List<RuleFile> all = RuleFiles.read(rulesDir);
				List<RuleFile> files = all.stream().filter(f -> f.folder().equals(folder)).toList();
				if (files.isEmpty() || files.stream().allMatch(f -> f.kind() == RuleFile.Kind.DATA)) {
					return;
				}
				RuleCompiler compiler = new RuleCompiler(List.of(), RuleLimits.DEFAULT, true);
				java.util.concurrent.CompletableFuture<FolderBuild> build = new java.util.concurrent.CompletableFuture<>();
				String key = compiler.folderKey(files);
				if (EARLY.putIfAbsent(key, build) != null) {
					return;
				}
				try {
					List<RuleMessage> messages = new ArrayList<>();
					List<RuleCatalogue.Entry> catalogue = new ArrayList<>();
					KieBase base = compiler.buildFolder(folder, files, RuleFiles.version(all), messages, catalogue);
					build.complete(new FolderBuild(base, List.copyOf(messages), List.copyOf(catalogue)));
				}
				catch (RuntimeException ex) {
					EARLY.remove(key, build);
					build.completeExceptionally(ex);
				}
			}
			catch (RuntimeException ex) {
				// the compiler that needs the folder reads and builds it itself
			}
		});
	}

	/** The build {@link #startEarly} made of these files, taken once; null if none. */
	private static FolderBuild early(String key) {
		java.util.concurrent.CompletableFuture<FolderBuild> build = EARLY.remove(key);
		if (build == null) {
			return null;
		}
		try {
			return build.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			return null;
		}
	}

	/** What a folder's build depends on: its files' paths as shown, and their bytes. */
	private String folderKey(List<RuleFile> files) {
		MessageDigest sha = Hashing.sha256();
		sha.update((byte) (checkSources ? 1 : 0));
		for (RuleFile file : files) {
			sha.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(file.displayPath().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(Hashing.sha256().digest(file.content()));
		}
		return Hashing.hex(sha);
	}

	private Build onDemand(List<RuleFile> files, String version, Map<String, List<RuleFile>> byFolder,
			List<RuleMessage> messages) {
		Map<Class<?>, Object> data = parseData(files, messages);
		if (messages.stream().anyMatch(RuleMessage::isError)) {
			return new Build(null, version, files, List.copyOf(messages), List.of());
		}
		java.util.Set<String> folders = new java.util.TreeSet<>();
		byFolder.forEach((folder, folderFiles) -> {
			if (folderFiles.stream().anyMatch(f -> f.kind() != RuleFile.Kind.DATA)) {
				folders.add(folder);
			}
		});
		RuleSet ruleSet = new RuleSet(version, Instant.now(), folders, folder -> {
			FolderBuild built = folderBuild(folder, byFolder.get(folder), version);
			List<RuleMessage> found = built.messages();
			KieBase base = built.base();
			if (base == null || found.stream().anyMatch(RuleMessage::isError)) {
				String display = byFolder.get(folder).get(0).displayPath();
				throw new RulesUnavailableException(
						"no rule set compiled from "
								+ display.substring(0, display.lastIndexOf(byFolder.get(folder).get(0).relativePath()))
								+ folder + "; 'caio rules check' lists every error",
						found.stream().filter(RuleMessage::isError).toList());
			}
			return base;
		}, data, runner);
		return new Build(ruleSet, version, files, List.copyOf(messages), List.of());
	}

	private KieBase buildFolder(String folder, List<RuleFile> files, String version, List<RuleMessage> messages,
			List<RuleCatalogue.Entry> catalogue) {
		String display = files.get(0).displayPath();
		String folderDisplay = display.substring(0, display.length() - files.get(0).relativePath().length()) + folder;
		if (!FOLDER_NAME.matcher(folder).matches()) {
			messages.add(RuleMessage.error(folderDisplay, 1, 1,
					"a rules folder name is lower-case letters, digits and '_' (it is the DRL package)"));
			return null;
		}
		KieServices ks = KieServices.Factory.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		Map<String, DecisionTable> tables = new LinkedHashMap<>();
		Map<String, RuleFile> sources = new LinkedHashMap<>();
		int before = messages.size();
		for (RuleFile file : files) {
			String kiePath = RESOURCES + file.relativePath();
			switch (file.kind()) {
				case DRL -> {
					String text = file.text();
					if (checkSources) {
						RulePolicy.checkDrl(file.displayPath(), text, messages::add);
					}
					checkPackage(file, text, folder, messages);
					kfs.write(kiePath, file.content());
					sources.put(kiePath, file);
				}
				case DECISION_TABLE_CSV, DECISION_TABLE_XLSX -> {
					DecisionTable table = DecisionTable.convert(file, messages::add);
					if (table != null) {
						String generated = kiePath + ".generated.drl";
						checkPackage(file, table.drl(), folder, messages);
						kfs.write(generated, table.drl().getBytes(StandardCharsets.UTF_8));
						tables.put(generated, table);
					}
				}
				case DATA -> {
				}
			}
		}
		if (sources.isEmpty() && tables.isEmpty()) {
			return null;
		}
		if (messages.subList(before, messages.size()).stream().anyMatch(RuleMessage::isError)) {
			return null;
		}
		ReleaseId releaseId = ks.newReleaseId("com.caio.rules", folder,
				version.substring(0, 12) + "-" + BUILDS.incrementAndGet());
		kfs.generateAndWritePomXML(releaseId);
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
		boolean errors = false;
		for (Message m : builder.getResults().getMessages()) {
			if (m.getText() != null && m.getText().contains(NULL_PACKAGE)) {
				errors = true;
				continue;
			}
			RuleMessage mapped = CompilerMessages.map(m, sources, tables);
			errors |= mapped.isError();
			messages.add(mapped);
		}
		if (!errors) {
			List<RuleMessage> refused = CompiledClasses.check(builder, sources, tables);
			messages.addAll(refused);
			errors = !refused.isEmpty();
		}
		if (errors) {
			ks.getRepository().removeKieModule(releaseId);
			return null;
		}
		KieBase base = ks.newKieContainer(releaseId).getKieBase();
		catalogue.addAll(RuleCatalogue.of(folder, base, sources, tables));
		// the container keeps its module; the repository must not grow with every reload
		ks.getRepository().removeKieModule(releaseId);
		return base;
	}

	private static void checkPackage(RuleFile file, String text, String folder, List<RuleMessage> messages) {
		Matcher m = PACKAGE.matcher(text);
		if (!m.find()) {
			messages.add(RuleMessage.error(file.displayPath(), 1, 1,
					"missing 'package " + folder + ";' (the package is the rules folder's name)"));
		}
		else if (!m.group(1).equals(folder)) {
			int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
			messages.add(RuleMessage.error(file.displayPath(), line, 1,
					"package '" + m.group(1) + "' does not match its folder; write 'package " + folder + ";'"));
		}
	}

	private Map<Class<?>, Object> parseData(List<RuleFile> files, List<RuleMessage> messages) {
		Map<Class<?>, Object> data = new LinkedHashMap<>();
		for (RuleDataParser<?> parser : parsers) {
			RuleFile file = files.stream()
				.filter(f -> f.relativePath().equals(parser.relativePath()))
				.findFirst()
				.orElse(null);
			if (file == null) {
				continue;
			}
			List<RuleMessage> local = new ArrayList<>();
			Object parsed = parser.parse(file, local::add);
			messages.addAll(local);
			if (parsed != null && local.stream().noneMatch(RuleMessage::isError)) {
				data.put(parser.type(), parsed);
			}
		}
		return data;
	}

}
