package com.caio.engine.rules;

import java.util.List;
import java.util.Set;

/**
 * Which types rules may name: the engine's own, value types and collections of
 * {@code java.util}, {@code java.time} and {@code java.math}, and a few {@code java.lang}
 * value types that need no import.
 */
final class TypePolicy {

	/** java.lang types rules may use without an import. */
	static final Set<String> JAVA_LANG = Set.of("String", "Math", "StrictMath", "Integer", "Long", "Double", "Float",
			"Short", "Byte", "Boolean", "Character", "Number", "StringBuilder", "CharSequence", "Comparable",
			"Iterable", "Object", "IllegalArgumentException", "IllegalStateException", "ArithmeticException");

	/**
	 * The engine's own packages: their types may be imported whole and their static
	 * helpers imported as functions.
	 */
	static final String ENGINE = "com.caio.engine.";

	static final List<String> ALLOWED_PACKAGES = List.of("com.caio.engine.", "java.util.", "java.time.", "java.math.");

	/** Classes in the allowed packages that reach files, class loading or threads. */
	static final Set<String> FORBIDDEN_CLASSES = Set.of("java.util.ServiceLoader", "java.util.ResourceBundle",
			"java.util.PropertyResourceBundle", "java.util.Timer", "java.util.Scanner", "java.util.Properties",
			"java.util.prefs", "java.util.logging", "java.util.jar", "java.util.zip", "java.util.concurrent",
			"java.time.zone");

	/**
	 * Engine classes rules may use besides its facts (records, enums and the interfaces
	 * they implement): stateless helpers that reach no file, process or service.
	 */
	static final Set<String> ENGINE_HELPERS = Set.of("com.caio.engine.rules.Precision");

	private TypePolicy() {
	}

	/**
	 * Whether rules may use this engine class: its facts and rule helpers, never the
	 * application's entry point, services or commands ({@code CaioApplication.main} runs
	 * a command and exits the JVM).
	 */
	static boolean isRuleFacing(Class<?> type) {
		return type.isRecord() || type.isEnum() || type.isInterface() || ENGINE_HELPERS.contains(type.getName());
	}

	/** Null when the import is allowed, else why not and what is. */
	static String importRefusal(String name) {
		String allowedText = "allowed: com.caio.engine.*, java.util.*, java.time.*, java.math.* and the java.lang "
				+ "value types (String, Math, Integer ...)";
		if (!name.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*(\\.\\*)?")) {
			return "import of '" + name + "' is not a plain type name; " + allowedText;
		}
		if (name.endsWith(".*") && !name.startsWith(ENGINE)) {
			return "import of '" + name + "': import each type by its name, not a whole package (only the engine's "
					+ "own packages, com.caio.engine..., may be imported whole); " + allowedText;
		}
		if (name.startsWith("java.lang.") && JAVA_LANG.contains(name.substring("java.lang.".length()))) {
			return null;
		}
		boolean inPackage = ALLOWED_PACKAGES.stream().anyMatch(name::startsWith);
		boolean forbidden = FORBIDDEN_CLASSES.stream().anyMatch(f -> name.equals(f) || name.startsWith(f + "."));
		if (!inPackage || forbidden) {
			return "import of '" + name + "' is not allowed in rules; " + allowedText;
		}
		if (name.startsWith(ENGINE) && !name.endsWith(".*")) {
			Class<?> type = load(name);
			if (type != null && !isRuleFacing(type)) {
				return "import of '" + name + "' is not allowed in rules: of the engine's own classes rules use the "
						+ "facts (records, enums, interfaces) and the helpers " + String.join(", ", ENGINE_HELPERS);
			}
		}
		return null;
	}

	/** Whether the name is a class the engine can see (looked up, never initialised). */
	static boolean isClass(String name) {
		return load(name) != null;
	}

	/**
	 * The class a dotted name means, nested classes included ({@code a.B.C} is
	 * {@code a.B$C}), looked up and never initialised; null when there is none.
	 */
	static Class<?> load(String name) {
		String candidate = name;
		while (true) {
			try {
				return Class.forName(candidate, false, TypePolicy.class.getClassLoader());
			}
			catch (ClassNotFoundException | LinkageError ex) {
				int dot = candidate.lastIndexOf('.');
				if (dot < 0) {
					return null;
				}
				candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
			}
		}
	}

}
