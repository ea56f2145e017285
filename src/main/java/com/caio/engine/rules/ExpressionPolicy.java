package com.caio.engine.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

/**
 * Checks one parsed expression or block (a condition, a consequence, an accumulate
 * argument) against the allow-list: every name is a bound variable, a local, a property
 * of the pattern's fact or an allowed type; every type is allowed; no class literals,
 * method references, reflection or class loading. Reports (node, reason) pairs.
 */
final class ExpressionPolicy {

	/**
	 * Methods that lead to reflection, class loading, processes, other threads (a
	 * parallel stream runs on the common pool, beyond the rule time limit) or the
	 * session's internals.
	 */
	static final Set<String> FORBIDDEN_METHODS = Set.of("getClass", "forName", "getClassLoader", "loadClass",
			"getDeclaredMethod", "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField",
			"getDeclaredFields", "getField", "getFields", "getConstructor", "getConstructors", "getDeclaredConstructor",
			"getDeclaredConstructors", "newInstance", "invoke", "invokeExact", "invokeWithArguments", "setAccessible",
			"lookup", "findStatic", "findVirtual", "findConstructor", "findGetter", "findSetter", "unreflect", "exec",
			"exit", "halt", "getRuntime", "load", "loadLibrary", "setProperty", "getProperty", "getProperties",
			"getenv", "defineClass", "wait", "notify", "notifyAll", "finalize", "getKieRuntime", "getKieBase",
			"getWorkingMemory", "getEnvironment", "getGlobals", "getGlobal", "setGlobal", "getKieSession",
			"getSessionClock", "getChannels", "getEntryPoint", "getContext", "getUnit", "getEntryPoints", "getInteger",
			"getLong", "getBoolean", "parallelStream", "parallel");

	/** Calls a consequence may make without a scope: Drools' own actions. */
	static final Set<String> ACTIONS = Set.of("insert", "insertLogical", "delete", "retract", "update");

	/** What {@code drools.} may be asked in a consequence. */
	static final Set<String> DROOLS_METHODS = Set.of("getRule", "insert", "insertLogical", "delete", "retract",
			"update", "getMatch");

	/**
	 * @param names variables in scope: bindings, locals, {@code drools} in a consequence
	 * @param properties fields and methods of the pattern's fact (in a condition)
	 * @param types allowed simple type names
	 * @param functions static helpers of the engine the file imports as functions
	 */
	record Scope(Set<String> names, Set<String> properties, Map<String, String> types, boolean consequence,
			Set<String> functions) {
	}

	private ExpressionPolicy() {
	}

	static void check(Node root, Scope scope, BiConsumer<Node, String> refuse) {
		Set<String> names = new HashSet<>(scope.names());
		root.walk(VariableDeclarator.class, v -> names.add(v.getNameAsString()));
		root.walk(Parameter.class, p -> names.add(p.getNameAsString()));
		root.walk(com.github.javaparser.ast.expr.LambdaExpr.class,
				l -> l.getParameters().forEach(p -> names.add(p.getNameAsString())));
		root.walk(node -> checkNode(node, names, scope, refuse));
	}

	private static void checkNode(Node node, Set<String> names, Scope scope, BiConsumer<Node, String> refuse) {
		if (node instanceof ClassExpr) {
			refuse.accept(node, "class literals are not allowed in rules");
		}
		else if (node instanceof MethodReferenceExpr || node instanceof TypeExpr) {
			refuse.accept(node, "method references are not allowed in rules; write a lambda");
		}
		else if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
			refuse.accept(node, "classes cannot be declared in rules");
		}
		else if (node instanceof SynchronizedStmt) {
			refuse.accept(node, "synchronized blocks are not allowed in rules");
		}
		else if (node instanceof SuperExpr) {
			refuse.accept(node, "'super' is not allowed in rules");
		}
		else if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
			refuse.accept(node, "anonymous classes are not allowed in rules");
		}
		else if (node instanceof MethodCallExpr call) {
			checkCall(call, names, scope, refuse);
		}
		else if (node instanceof FieldAccessExpr field) {
			if (field.getNameAsString().equals("class")) {
				refuse.accept(node, "class literals are not allowed in rules");
			}
		}
		else if (node instanceof NameExpr name) {
			checkName(name, names, scope, refuse);
		}
		else if (node instanceof ClassOrInterfaceType type) {
			checkType(type, scope, refuse);
		}
		else if (node instanceof ThisExpr && scope.consequence()) {
			refuse.accept(node, "'this' is not allowed in a consequence");
		}
	}

	private static void checkCall(MethodCallExpr call, Set<String> names, Scope scope,
			BiConsumer<Node, String> refuse) {
		String method = call.getNameAsString();
		if (FORBIDDEN_METHODS.contains(method)) {
			refuse.accept(call, "'" + method + "' is not allowed in rules (no reflection, class loading, "
					+ "processes, system properties or session internals)");
			return;
		}
		if (call.getScope().isEmpty()) {
			boolean allowed = scope.functions().contains(method)
					|| (scope.consequence() ? ACTIONS.contains(method) : scope.properties().contains(method));
			if (!allowed) {
				refuse.accept(call, "'" + method + "(...)' is not a method of the fact" + (scope.consequence()
						? "; a consequence calls insert, insertLogical, update or delete" + " without a scope" : ""));
			}
			return;
		}
		if (call.getScope().get() instanceof NameExpr target && target.getNameAsString().equals("drools")
				&& !DROOLS_METHODS.contains(method)) {
			refuse.accept(call, "'drools." + method + "' is not allowed; allowed: "
					+ String.join(", ", DROOLS_METHODS.stream().sorted().toList()));
		}
	}

	private static void checkName(NameExpr name, Set<String> names, Scope scope, BiConsumer<Node, String> refuse) {
		String id = name.getNameAsString();
		if (names.contains(id) || scope.types().containsKey(id) || scope.properties().contains(id)) {
			return;
		}
		if (!scope.consequence() && id.equals("this")) {
			return;
		}
		String qualified = qualifiedTypeAt(name);
		if (qualified != null) {
			String reason = TypePolicy.importRefusal(qualified);
			if (reason != null) {
				refuse.accept(name, "type '" + qualified + "' is not allowed in rules");
			}
			return;
		}
		refuse.accept(name, "'" + id + "' is not a bound variable, a field of the fact or an allowed type");
	}

	/**
	 * The class a dotted name starting at this node spells ({@code java.util.Locale} in
	 * {@code java.util.Locale.ROOT}), or null when no prefix of it is a class.
	 */
	private static String qualifiedTypeAt(NameExpr head) {
		StringBuilder dotted = new StringBuilder(head.getNameAsString());
		Node node = head;
		while (node.getParentNode().orElse(null) instanceof FieldAccessExpr parent && parent.getScope() == node) {
			dotted.append('.').append(parent.getNameAsString());
			if (TypePolicy.isClass(dotted.toString())) {
				return dotted.toString();
			}
			node = parent;
		}
		return null;
	}

	private static void checkType(ClassOrInterfaceType type, Scope scope, BiConsumer<Node, String> refuse) {
		if (type.getScope().isPresent()) {
			String qualified = type.getNameWithScope();
			if (type.getParentNode().filter(p -> p instanceof ClassOrInterfaceType).isEmpty()
					&& TypePolicy.importRefusal(qualified) != null) {
				refuse.accept(type, "type '" + qualified + "' is not allowed in rules");
			}
			return;
		}
		String name = type.getNameAsString();
		if (!scope.types().containsKey(name) && !name.equals("var")) {
			refuse.accept(type, "type '" + name + "' is not allowed in rules; allowed: imported types and "
					+ String.join(", ", TypePolicy.JAVA_LANG.stream().sorted().toList()));
		}
	}

}
