package com.caio.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
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
