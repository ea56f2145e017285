package com.caio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.caio.engine.ShippedRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * What every capability found on the class path owes: its rules folder compiles, its rule
 * ids are unique and carry its prefix, its stories are in {@code features/<kind>/}, its
 * page is {@code docs/<kind>.md}, and it renders a text document.
 */
class CapabilityContractTests {

	private static final Pattern RULE_ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");

	@TestFactory
	Stream<DynamicTest> everyCapabilityKeepsTheContract() {
		return capabilityClasses().stream().flatMap(type -> {
			String kind = kindOf(type);
			return Stream.of(
					DynamicTest.dynamicTest(kind + ": its rules folder compiles",
							() -> assertThat(ShippedRules.get().folders()).contains(kind)),
					DynamicTest.dynamicTest(kind + ": rule ids are unique and prefixed",
							() -> ruleIdsAreUniqueAndPrefixed(kind)),
					DynamicTest.dynamicTest(kind + ": features/" + kind + "/ holds its stories",
							() -> assertThat(Path.of("features", kind)).isDirectoryContaining("glob:**.feature")),
					DynamicTest.dynamicTest(kind + ": docs/" + kind + ".md exists",
							() -> assertThat(Path.of("docs", kind + ".md")).isRegularFile()),
					DynamicTest.dynamicTest(kind + ": it has a text document",
							() -> assertThat(instance(type).documents().stream().map(Document::name))
								.contains(Document.TEXT)));
		});
	}

	@TestFactory
	Stream<DynamicTest> ruleIdsAreUniqueAcrossAllFolders() {
		return Stream.of(DynamicTest.dynamicTest("no rule id is used twice", () -> {
			Set<String> seen = new HashSet<>();
			for (String kind : ShippedRules.get().folders()) {
				for (String id : ruleIds(kind)) {
					assertThat(seen.add(id)).as("rule id %s is used twice", id).isTrue();
				}
			}
		}));
	}

	private static void ruleIdsAreUniqueAndPrefixed(String kind) throws Exception {
		List<String> ids = ruleIds(kind);
		assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
		String prefix = ids.get(0).substring(0, ids.get(0).indexOf('-') + 1);
		assertThat(ids).as("every id of rules/%s shares one prefix", kind).allMatch(id -> id.startsWith(prefix));
	}

	private static List<String> ruleIds(String kind) throws Exception {
		List<String> ids = new java.util.ArrayList<>();
		try (Stream<Path> files = Files.walk(ShippedRules.folder().resolve(kind))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
				Matcher m = RULE_ID.matcher(Files.readString(file));
				while (m.find()) {
					ids.add(m.group(1));
				}
			}
		}
		return ids;
	}

	static List<Class<?>> capabilityClasses() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Capability.class));
		return scanner.findCandidateComponents("com.caio.engine").stream().<Class<?>>map(bean -> {
			try {
				return Class.forName(bean.getBeanClassName());
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}).filter(type -> !type.getName().contains("Test")).toList();
	}

	/** The kind, from a constant named KIND, as every capability declares it. */
	private static String kindOf(Class<?> type) {
		try {
			var field = type.getDeclaredField("KIND");
			field.setAccessible(true);
			return (String) field.get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(type + " declares no static KIND", ex);
		}
	}

	/** The capability, built as the determinism test builds it. */
	private static Capability<?, ?> instance(Class<?> type) throws Exception {
		return DeterminismTests.capability(kindOf(type));
	}

}
