package com.caio.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.caio.engine.common.Hashing;

/**
 * Reads the files of a rules folder, in path order, and computes the rule set's version.
 */
final class RuleFiles {

	private RuleFiles() {
	}

	static List<RuleFile> read(Path rulesDir) {
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
		try {
			return of(shown, rel, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Files given by their paths below the rules folder (not read from disk), in path
	 * order, ignoring what {@link #isIgnored} ignores.
	 * @param rulesDir the folder they belong to, for the paths shown in messages
	 */
	static List<RuleFile> of(Path rulesDir, Map<String, byte[]> files) {
		Path base = rulesDir.toAbsolutePath().normalize();
		Path cwd = Path.of("").toAbsolutePath();
		Path shown = base.startsWith(cwd) ? cwd.relativize(base) : base;
		return new TreeMap<>(files).entrySet()
			.stream()
			.filter(e -> !isIgnored(Path.of(e.getKey())))
			.map(e -> of(shown, e.getKey(), e.getValue()))
			.toList();
	}

	private static RuleFile of(Path shown, String rel, byte[] content) {
		int slash = rel.indexOf('/');
		String folder = slash < 0 ? "" : rel.substring(0, slash);
		String display = shown.toString().isEmpty() ? rel : shown.toString().replace('\\', '/') + "/" + rel;
		return new RuleFile(folder, rel, display, RuleFile.kindOf(rel), content);
	}

	/**
	 * Checks a path given from outside (an editor, a stored version) before it is written
	 * below the rules folder: relative, '/'-separated, no '..', not ignored.
	 * @return what is wrong, or null
	 */
	static String refusedPath(String rel) {
		if (rel == null || rel.isBlank() || rel.startsWith("/") || rel.contains("\\") || rel.contains("\0")) {
			return "a rule file's path is relative to the rules folder, with '/' between folders";
		}
		for (String part : rel.split("/", -1)) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				return "a rule file's path has no empty, '.' or '..' part";
			}
		}
		if (isIgnored(Path.of(rel))) {
			return "hidden and backup files are not rules";
		}
		return null;
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
		MessageDigest sha = Hashing.sha256();
		for (RuleFile file : files) {
			sha.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(file.content());
			sha.update((byte) 0);
		}
		return Hashing.hex(sha);
	}

}
