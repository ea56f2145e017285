package com.caio.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A scratch folder holding a fresh copy of the project's real {@code rules/} folder and
 * an empty data folder, for tests that edit rules or store results without touching the
 * working tree.
 */
public record TestWorkspace(Path root, Path rules, Path data) {

	/** The system property naming the rules to copy instead of the project's own. */
	public static final String RULES_PROPERTY = "caio.acceptance.rules";

	/**
	 * The project's own rules, as shipped; or, when the rule editor runs a capability's
	 * features against a draft (a child JVM, docs/rules-editor.md), the draft's whole
	 * rule set it wrote, named by {@value #RULES_PROPERTY}.
	 */
	public static final Path SHIPPED_RULES = Path.of(System.getProperty(TestWorkspace.RULES_PROPERTY, "rules"));

	public static TestWorkspace create(String name) {
		try {
			Path root = Files.createTempDirectory("caio-" + name + "-");
			TestWorkspace workspace = new TestWorkspace(root, root.resolve("rules"), root.resolve("data"));
			workspace.resetRules();
			Files.createDirectories(workspace.data());
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(root)));
			return workspace;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Puts the shipped rules back, undoing any edit a test made. */
	public void resetRules() {
		try {
			deleteRecursively(rules);
			try (Stream<Path> walk = Files.walk(SHIPPED_RULES)) {
				for (Path source : walk.toList()) {
					Path target = rules.resolve(SHIPPED_RULES.relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes a folder and everything in it, if it exists. */
	public static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("caio.rules.dir", rules::toString);
		registry.add("caio.data.dir", data::toString);
		registry.add("caio.rules.watch-quiet-ms", () -> "200");
	}
}
