package com.caio.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a published rule set into the rules folder: each file through a temporary file
 * moved into place, so a reader (the file watcher, a restart) never sees half a file;
 * rule files the set does not name are deleted, and folders left empty with them.
 */
final class RuleDirectory {

	private RuleDirectory() {
	}

	static void replace(Path rulesDir, Map<String, byte[]> files) {
		Path base = rulesDir.toAbsolutePath().normalize();
		try {
			Files.createDirectories(base);
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path target = base.resolve(file.getKey()).normalize();
				if (!target.startsWith(base)) {
					throw new IllegalArgumentException("outside the rules folder: " + file.getKey());
				}
				if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
					continue;
				}
				Files.createDirectories(target.getParent());
				Path temp = Files.createTempFile(target.getParent(), ".publish-", ".tmp");
				Files.write(temp, file.getValue());
				try {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			try (Stream<Path> walk = Files.walk(base)) {
				for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Path rel = base.relativize(p);
					if (p.equals(base) || RuleFiles.isIgnored(rel)) {
						continue;
					}
					if (Files.isRegularFile(p) && !files.containsKey(rel.toString().replace('\\', '/'))) {
						Files.delete(p);
					}
					else if (Files.isDirectory(p)) {
						try (Stream<Path> left = Files.list(p)) {
							if (left.findAny().isEmpty()) {
								Files.delete(p);
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
