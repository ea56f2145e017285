package com.caio.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
	record Build(RuleSet ruleSet, String version, List<RuleFile> files, List<RuleMessage> messages) {

		boolean succeeded() {
			return ruleSet != null;
		}
	}

	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

	private static final String RESOURCES = "src/main/resources/";

	private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");

	/** Follows every parse error and says nothing of its own. */
	private static final String NULL_PACKAGE = "Parser returned a null Package";

	private static final Pattern FOLDER_NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final AtomicLong BUILDS = new AtomicLong();

	private final List<RuleDataParser<?>> parsers;

	RuleCompiler(List<RuleDataParser<?>> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	Build build(Path rulesDir) {
		List<RuleMessage> messages = new ArrayList<>();
		if (!Files.isDirectory(rulesDir)) {
			messages.add(RuleMessage.error(rulesDir.toString(), 1, 1, "rules folder does not exist"));
			return new Build(null, "", List.of(), messages);
		}
		List<RuleFile> files = readFiles(rulesDir);
		String version = version(files);
		Map<String, List<RuleFile>> byFolder = new TreeMap<>();
		for (RuleFile file : files) {
			if (!file.folder().isEmpty()) {
				byFolder.computeIfAbsent(file.folder(), f -> new ArrayList<>()).add(file);
			}
		}
		Map<String, KieBase> bases = new LinkedHashMap<>();
		byFolder.forEach((folder, folderFiles) -> {
			KieBase base = buildFolder(folder, folderFiles, version, messages);
			if (base != null) {
				bases.put(folder, base);
			}
		});
		Map<Class<?>, Object> data = parseData(files, messages);
		boolean failed = messages.stream().anyMatch(RuleMessage::isError);
		RuleSet ruleSet = failed ? null : new RuleSet(version, Instant.now(), files, bases, data,
				messages.stream().filter(m -> !m.isError()).toList());
		return new Build(ruleSet, version, files, List.copyOf(messages));
	}

	private KieBase buildFolder(String folder, List<RuleFile> files, String version, List<RuleMessage> messages) {
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
					RulePolicy.checkDrl(file.displayPath(), text, messages::add);
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
			RuleMessage mapped = map(m, sources, tables);
			errors |= mapped.isError();
			messages.add(mapped);
		}
		if (errors) {
			ks.getRepository().removeKieModule(releaseId);
			return null;
		}
		KieBase base = ks.newKieContainer(releaseId).getKieBase();
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

	private static RuleMessage map(Message m, Map<String, RuleFile> sources, Map<String, DecisionTable> tables) {
		String path = m.getPath() == null ? "" : m.getPath();
		path = path.startsWith(RESOURCES) ? path : RESOURCES + path;
		String text = m.getText() == null ? "" : m.getText().strip();
		boolean error = m.getLevel() == Message.Level.ERROR;
		DecisionTable table = tables.get(path);
		if (table != null) {
			RuleMessage r = table.map(m.getLine(), CompilerText.clean(text));
			return error ? r : RuleMessage.warning(r.file(), r.line(), r.column(), r.message());
		}
		RuleFile file = sources.get(path);
		String display = file != null ? file.displayPath() : path;
		int line = m.getLine();
		if (line <= 0 && file != null) {
			line = lineOfRuleNamedIn(text, file.text());
		}
		int column = file == null ? 1 : columnOf(CompilerText.offendingName(text), file.text(), line);
		if (column == 1) {
			column = m.getColumn() > 0 ? m.getColumn() : columnInText(text, line);
		}
		String clean = CompilerText.clean(text);
		return error ? RuleMessage.error(display, line, column, clean)
				: RuleMessage.warning(display, line, column, clean);
	}

	/** The 1-based column of {@code name} as a whole word in the given line, else 1. */
	private static int columnOf(String name, String source, int line) {
		String[] lines = source.split("\r?\n", -1);
		if (name == null || line < 1 || line > lines.length) {
			return 1;
		}
		Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w])").matcher(lines[line - 1]);
		return m.find() ? m.start() + 1 : 1;
	}

	/**
	 * The parser puts the position in its text ("Line 12:40"), 0-based;
	 * Message.getColumn() is often 0.
	 */
	private static int columnInText(String text, int line) {
		Matcher m = PARSER_POSITION.matcher(text);
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) == line) {
				return Integer.parseInt(m.group(2)) + 1;
			}
		}
		return 1;
	}

	/**
	 * Some compiler errors carry no line but name the rule: point at the rule's
	 * declaration.
	 */
	static int lineOfRuleNamedIn(String message, String source) {
		String[] lines = source.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher rule = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"").matcher(lines[i]);
			if (rule.find() && message.contains(rule.group(1))) {
				return i + 1;
			}
		}
		return 1;
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

	private static List<RuleFile> readFiles(Path rulesDir) {
		Path base = rulesDir.toAbsolutePath().normalize();
		Path cwd = Path.of("").toAbsolutePath();
		Path shown = base.startsWith(cwd) ? cwd.relativize(base) : base;
		try (Stream<Path> walk = Files.walk(base)) {
			return walk.filter(Files::isRegularFile)
				.filter(p -> !isIgnored(base.relativize(p)))
				.sorted()
				.map(p -> toRuleFile(base, shown, p))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static RuleFile toRuleFile(Path base, Path shown, Path file) {
		String rel = base.relativize(file).toString().replace('\\', '/');
		int slash = rel.indexOf('/');
		String folder = slash < 0 ? "" : rel.substring(0, slash);
		String display = shown.toString().isEmpty() ? rel : shown.toString().replace('\\', '/') + "/" + rel;
		try {
			return new RuleFile(folder, rel, display, RuleFile.kindOf(rel), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Hidden files and editors' backup or lock files are not rules. */
	static boolean isIgnored(Path relative) {
		for (Path part : relative) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("~") || name.startsWith("#") || name.endsWith("~")
					|| name.endsWith(".swp") || name.endsWith(".tmp")) {
				return true;
			}
		}
		return false;
	}

	static String version(List<RuleFile> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (RuleFile file : files) {
				sha.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(file.content());
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
