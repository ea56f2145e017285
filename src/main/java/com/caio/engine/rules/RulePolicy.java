package com.caio.engine.rules;

import java.util.ArrayList;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * The policy on what a rule file may contain, checked on the package Drools' own parser
 * makes of it (not on its text): imports of allowed types only; no globals, functions,
 * declared types or windows; only the java dialect (MVEL is interpreted, so nothing later
 * could see what it does); literal rule attributes and metadata; every condition,
 * accumulate argument, {@code from} source and consequence parsed and checked by
 * {@link ExpressionPolicy}. The compiled bytecode is checked again by
 * {@link BytecodePolicy}. A guard against mistakes and misuse, not a sandbox: see
 * docs/trust-model.md.
 */
final class RulePolicy {

	/** Rule attributes that take a plain literal; every other attribute is refused. */
	private static final Set<String> LITERAL_ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active",
			"agenda-group", "activation-group", "ruleflow-group", "auto-focus", "dialect");

	private static final Pattern LITERAL = Pattern.compile("-?\\d{1,9}|true|false|\"[^\"\\\\]*\"|[\\w\\- ]+");

	private static final Pattern ANNOTATION_VALUE = Pattern.compile("\"[^\"\\\\]*\"|-?\\d{1,15}(\\.\\d+)?");

	private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average",
			"collectList", "collectSet", "countDistinct");

	private static final Pattern BINDING = Pattern.compile("^\\s*(\\$?[A-Za-z_][\\w$]*)\\s*:(?!=)");

	private RulePolicy() {
	}

	/** Checks DRL text; {@code file} is what messages name. */
	static void checkDrl(String file, String text, Consumer<RuleMessage> messages) {
		Source source = new Source(file, text, messages);
		if (source.refuseUnicodeEscapes()) {
			return;
		}
		DrlParser parser = new DrlParser();
		PackageDescr pkg;
		try {
			pkg = parser.parse(false, new StringReader(text));
		}
		catch (DroolsParserException ex) {
			return; // the compiler reports syntax errors at their line
		}
		if (parser.hasErrors() || pkg == null) {
			return;
		}
		new RulePolicy.Walk(source, pkg).run();
	}

	/** Null when the import is allowed, else why not and what is. */
	static String importRefusal(String name) {
		return TypePolicy.importRefusal(name);
	}

	/** The file's text and how to report at a character offset in it. */
	record Source(String file, String text, Consumer<RuleMessage> messages) {

		void refuse(int offset, String message) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < Math.min(offset, text.length()); i++) {
				if (text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			messages.accept(RuleMessage.error(file, line, offset - lineStart + 1, message));
		}

		void refuseAtLine(int line, String message) {
			messages.accept(RuleMessage.error(file, line, 1, message));
		}

		/**
		 * A {@code \}{@code u} escape is decoded by the Java compiler before anything
		 * else (in strings and comments too), so one could end a string or a comment the
		 * parser saw: refused everywhere.
		 */
		boolean refuseUnicodeEscapes() {
			boolean found = false;
			int backslashes = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == 'u' && backslashes % 2 == 1) {
					refuse(i - 1, "unicode escapes (\\u...) are not allowed in rules; write the character itself");
					found = true;
				}
				backslashes = c == '\\' ? backslashes + 1 : 0;
			}
			return found;
		}

		int offsetOf(String fragment, int from) {
			int at = fragment == null ? -1 : text.indexOf(fragment, Math.max(0, from));
			return at < 0 ? Math.max(0, from) : at;
		}

	}

	/** One pass over a parsed package. */
	private static final class Walk {

		private final Source source;

		private final PackageDescr pkg;

		private final ImportedTypes types = new ImportedTypes();

		private final Set<String> functions = new HashSet<>();

		private int cursor;

		Walk(Source source, PackageDescr pkg) {
			this.source = source;
			this.pkg = pkg;
			TypePolicy.JAVA_LANG.forEach(t -> types.put(t, "java.lang." + t));
		}

		void run() {
			for (ImportDescr imp : pkg.getImports()) {
				String reason = TypePolicy.importRefusal(imp.getTarget());
				if (reason != null) {
					refuseAt(imp, imp.getTarget(), reason);
				}
				else if (imp.getTarget().endsWith(".*")) {
					types.wildcards.add(imp.getTarget().substring(0, imp.getTarget().length() - 1));
				}
				else {
					types.put(imp.getTarget().substring(imp.getTarget().lastIndexOf('.') + 1), imp.getTarget());
				}
			}
			for (FunctionImportDescr f : pkg.getFunctionImports()) {
				String reason = functionImportRefusal(f.getTarget());
				if (reason != null) {
					refuseAt(f, "import", reason);
				}
				else {
					functions.add(f.getTarget().substring(f.getTarget().lastIndexOf('.') + 1));
				}
			}
			pkg.getAccumulateImports()
				.forEach(a -> refuseAt(a, "import", "accumulate imports are not allowed in rules"));
			pkg.getGlobals()
				.forEach(g -> refuseAt(g, "global", "globals are not allowed in rules (the engine sets none)"));
			pkg.getFunctions()
				.forEach(f -> refuseAt(f, "function",
						"functions are not allowed in rules; put helpers in Java under com.caio.engine"));
			pkg.getClassAndEnumDeclarationDescrs()
				.forEach(
						d -> refuseAt(d, "declare", "declared types are not allowed in rules; facts are Java records"));
			pkg.getWindowDeclarations()
				.forEach(d -> refuseAt(d, "declare", "window declarations are not allowed in rules"));
			pkg.getEntryPointDeclarations()
				.forEach(d -> refuseAt(d, "declare", "entry-point declarations are not allowed in rules"));
			for (AttributeDescr attribute : pkg.getAttributes()) {
				checkAttribute(attribute);
			}
			for (RuleDescr rule : pkg.getRules()) {
				checkRule(rule);
			}
		}

		private void checkRule(RuleDescr rule) {
			cursor = rule.getStartCharacter() >= 0 ? rule.getStartCharacter()
					: source.offsetOf("\"" + rule.getName() + "\"", 0);
			int ruleStart = cursor;
			for (AttributeDescr attribute : rule.getAttributes().values()) {
				checkAttribute(attribute);
			}
			for (AnnotationDescr annotation : rule.getAnnotations()) {
				for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
					String text = String.valueOf(value.getValue()).strip();
					if (!ANNOTATION_VALUE.matcher(text).matches()) {
						refuse(source.offsetOf("@" + annotation.getName(), ruleStart), "metadata @"
								+ annotation.getName() + " takes a quoted text or a number, e.g. @id(\"MAT-CAP-001\")");
					}
				}
			}
			if (!rule.getNamedConsequences().isEmpty()) {
				refuse(ruleStart, "named consequences (then[...]) are not allowed in rules");
			}
			Set<String> bindings = new HashSet<>();
			if (rule.getLhs() != null) {
				collectBindings(rule.getLhs(), bindings);
				checkElement(rule.getLhs(), bindings);
			}
			Object consequence = rule.getConsequence();
			if (consequence instanceof String code && !code.isBlank()) {
				checkConsequence(code, bindings);
			}
		}

		private void checkAttribute(AttributeDescr attribute) {
			String name = attribute.getName();
			String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
			if (name.equals("dialect") && !value.replace("\"", "").equals("java")) {
				refuseAt(attribute, "dialect", "dialect \"" + value.replace("\"", "")
						+ "\" is not allowed: rules use the java dialect only (MVEL is interpreted and cannot be checked)");
			}
			else if (!LITERAL_ATTRIBUTES.contains(name)) {
				refuseAt(attribute, name, "the rule attribute '" + name + "' is not allowed; allowed: "
						+ String.join(", ", LITERAL_ATTRIBUTES.stream().sorted().toList()));
			}
			else if (!LITERAL.matcher(value).matches()) {
				refuseAt(attribute, name, "the rule attribute '" + name + "' takes a literal value, not an expression");
			}
		}

		private void collectBindings(BaseDescr descr, Set<String> bindings) {
			if (descr instanceof PatternDescr pattern) {
				if (pattern.getIdentifier() != null) {
					bindings.add(pattern.getIdentifier());
				}
				bindings.addAll(pattern.getAllBoundIdentifiers());
				pattern.getDescrs().forEach(d -> {
					if (d instanceof ExprConstraintDescr constraint) {
						Matcher m = BINDING.matcher(constraint.getExpression());
						if (m.find()) {
							bindings.add(m.group(1));
						}
					}
				});
				PatternSourceDescr src = pattern.getSource();
				if (src instanceof AccumulateDescr acc) {
					acc.getFunctions().forEach(f -> {
						if (f.getBind() != null) {
							bindings.add(f.getBind());
						}
					});
					acc.getDescrs().forEach(d -> collectBindings(d, bindings));
					if (acc.getInput() != null) {
						collectBindings(acc.getInput(), bindings);
					}
				}
				else if (src instanceof CollectDescr collect) {
					collectBindings(collect.getInputPattern(), bindings);
				}
			}
			else if (descr instanceof ConditionalElementDescr ce) {
				ce.getDescrs().forEach(d -> collectBindings((BaseDescr) d, bindings));
			}
		}

		private void checkElement(BaseDescr descr, Set<String> bindings) {
			if (descr instanceof PatternDescr pattern) {
				checkPattern(pattern, bindings);
			}
			else if (descr instanceof EvalDescr eval) {
				checkCondition(String.valueOf(eval.getContent()), Set.of(), bindings);
			}
			else if (descr instanceof org.drools.drl.ast.descr.AndDescr
					|| descr instanceof org.drools.drl.ast.descr.OrDescr
					|| descr instanceof org.drools.drl.ast.descr.NotDescr
					|| descr instanceof org.drools.drl.ast.descr.ExistsDescr
					|| descr instanceof org.drools.drl.ast.descr.ForallDescr) {
				((ConditionalElementDescr) descr).getDescrs().forEach(d -> checkElement((BaseDescr) d, bindings));
			}
			else {
				refuse(cursor, "'" + descr.getClass().getSimpleName().replace("Descr", "").toLowerCase()
						+ "' is not allowed in a rule's conditions");
			}
		}

		private void checkPattern(PatternDescr pattern, Set<String> bindings) {
			String type = pattern.getObjectType();
			Set<String> properties = Set.of();
			if (type != null && !type.equals("Object") && !type.equals("Object[]")) {
				String fqn = types.get(type);
				if (fqn == null) {
					refuse(source.offsetOf(type, cursor), "type '" + type + "' is not allowed in rules; import an "
							+ "allowed type (com.caio.engine.*, java.util.*, java.time.*, java.math.*)");
				}
				else {
					properties = propertiesOf(fqn);
				}
			}
			if (!pattern.getBehaviors().isEmpty()) {
				refuse(cursor, "windows (over ...) are not allowed in rules");
			}
			for (BaseDescr d : pattern.getDescrs()) {
				if (d instanceof ExprConstraintDescr constraint) {
					checkCondition(constraint.getExpression(), properties, bindings);
				}
				else {
					refuse(cursor, "unsupported constraint in pattern " + type);
				}
			}
			PatternSourceDescr src = pattern.getSource();
			if (src == null) {
				return;
			}
			if (src instanceof AccumulateDescr acc) {
				checkAccumulate(acc, bindings);
			}
			else if (src instanceof FromDescr from) {
				checkCondition(from.getDataSource().toString(), Set.of(), bindings);
			}
			else if (src instanceof CollectDescr collect) {
				checkPattern(collect.getInputPattern(), bindings);
			}
			else {
				refuse(cursor, "'" + src.getClass().getSimpleName().replace("Descr", "").toLowerCase()
						+ "' is not allowed as a pattern source in rules");
			}
		}

		private void checkAccumulate(AccumulateDescr acc, Set<String> bindings) {
			if (isCode(acc.getInitCode()) || isCode(acc.getActionCode()) || isCode(acc.getResultCode())
					|| isCode(acc.getReverseCode())) {
				// from the accumulate itself: the word may also be in the rule's name
				int at = source.offsetOf("accumulate", Math.max(cursor, acc.getStartCharacter()));
				refuse(at, "accumulate with init/action/result code is not " + "allowed; use the functions "
						+ String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
				return;
			}
			if (acc.getInput() != null) {
				checkElement(acc.getInput(), bindings);
			}
			for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
				if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
					refuse(source.offsetOf(f.getFunction(), cursor),
							"accumulate function '" + f.getFunction() + "' is not allowed; allowed: "
									+ String.join(", ", ACCUMULATE_FUNCTIONS.stream().sorted().toList()));
				}
				for (String param : f.getParams()) {
					checkCondition(param, Set.of(), bindings);
				}
			}
		}

		/** A condition, accumulate argument or from source: a DRL expression. */
		private void checkCondition(String expression, Set<String> properties, Set<String> bindings) {
			int at = source.offsetOf(expression, cursor);
			cursor = at;
			String text = expression;
			Matcher bind = BINDING.matcher(text);
			int shift = 0;
			if (bind.find()) {
				shift = bind.end();
				text = text.substring(shift);
			}
			Node node;
			try {
				DrlxExpression parsed = DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(
						List.of("after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets",
								"metby", "overlaps", "overlappedby", "starts", "startedby")),
						text);
				node = parsed.getExpr();
			}
			catch (RuntimeException ex) {
				refuse(at, "cannot check the expression '" + shorten(expression) + "': " + firstLine(ex.getMessage()));
				return;
			}
			// the DRLX parser counts columns from 0
			int base = at + shift;
			String parsedText = text;
			ExpressionPolicy.check(node, new ExpressionPolicy.Scope(bindings, properties, types, false, functions),
					(n, reason) -> refuse(base + 1 + offsetIn(parsedText, n), reason));
		}

		private void checkConsequence(String code, Set<String> bindings) {
			int at = source.offsetOf(code, cursor);
			ParserConfiguration config = new ParserConfiguration()
				.setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
			String block = "{" + code + "\n}";
			ParseResult<BlockStmt> result = new JavaParser(config).parseBlock(block);
			if (!result.isSuccessful() || result.getResult().isEmpty()) {
				String problem = result.getProblems().isEmpty() ? "" : result.getProblems().get(0).getMessage();
				refuse(at, "the consequence is not plain Java statements (" + firstLine(problem)
						+ "); write insertLogical(...) and Java expressions");
				return;
			}
			Set<String> names = new HashSet<>(bindings);
			names.add("drools");
			ExpressionPolicy.check(result.getResult().get(),
					new ExpressionPolicy.Scope(names, Set.of(), types, true, functions),
					(n, reason) -> refuse(at - 1 + offsetIn(block, n), reason));
		}

		private void refuseAt(BaseDescr descr, String word, String message) {
			int start = descr.getStartCharacter();
			int at = start >= 0 ? start : (descr.getLine() > 0 ? lineOffset(descr.getLine()) : 0);
			refuse(source.offsetOf(word, at) <= at + 400 ? source.offsetOf(word, at) : at, message);
		}

		private int lineOffset(int line) {
			int offset = 0;
			for (int l = 1; l < line && offset >= 0; l++) {
				offset = source.text().indexOf('\n', offset) + 1;
			}
			return Math.max(0, offset);
		}

		private void refuse(int offset, String message) {
			source.refuse(offset, message);
		}

		private static int offsetIn(String text, Node node) {
			if (node.getBegin().isEmpty()) {
				return 0;
			}
			int line = node.getBegin().get().line;
			int column = node.getBegin().get().column;
			int offset = 0;
			for (int l = 1; l < line; l++) {
				int next = text.indexOf('\n', offset);
				if (next < 0) {
					break;
				}
				offset = next + 1;
			}
			return offset + column - 1;
		}

		/**
		 * The properties by type name: the allowed types are the application's own, so
		 * one reflection per type serves every pattern (a 1,000-row table has 1,000).
		 */
		private static final Map<String, Set<String>> PROPERTIES = new java.util.concurrent.ConcurrentHashMap<>();

		private static Set<String> propertiesOf(String fqn) {
			return PROPERTIES.computeIfAbsent(fqn, Walk::reflectProperties);
		}

		private static Set<String> reflectProperties(String fqn) {
			try {
				Class<?> type = TypePolicy.load(fqn);
				if (type == null) {
					throw new ClassNotFoundException(fqn);
				}
				Set<String> names = new HashSet<>();
				if (type.isRecord()) {
					for (RecordComponent c : type.getRecordComponents()) {
						names.add(c.getName());
					}
				}
				for (Method m : type.getMethods()) {
					if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
						continue;
					}
					String n = m.getName();
					names.add(n);
					if (m.getParameterCount() == 0 && n.length() > 3 && n.startsWith("get")) {
						names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
					}
					if (m.getParameterCount() == 0 && n.length() > 2 && n.startsWith("is")) {
						names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
					}
				}
				for (java.lang.reflect.Field f : type.getFields()) {
					names.add(f.getName());
				}
				names.removeAll(ExpressionPolicy.FORBIDDEN_METHODS);
				names.remove("class");
				return Set.copyOf(names);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				return Set.of();
			}
		}

		private static boolean isCode(String text) {
			return text != null && !text.isBlank();
		}

		private static String shorten(String text) {
			String one = text.replaceAll("\\s+", " ").strip();
			return one.length() > 60 ? one.substring(0, 60) + "..." : one;
		}

		private static String firstLine(String text) {
			if (text == null) {
				return "";
			}
			int nl = text.indexOf('\n');
			return (nl < 0 ? text : text.substring(0, nl)).strip();
		}

	}

	/**
	 * Null when a function import names a public static method of an engine class (the
	 * same code a rule may call as {@code Type.method(...)}), else why not.
	 */
	static String functionImportRefusal(String target) {
		int dot = target.lastIndexOf('.');
		String owner = dot < 0 ? "" : target.substring(0, dot);
		String method = target.substring(dot + 1);
		if (!owner.startsWith(TypePolicy.ENGINE) || ExpressionPolicy.FORBIDDEN_METHODS.contains(method)) {
			return "function import of '" + target + "' is not allowed; import a static helper of the engine's own "
					+ "classes (com.caio.engine...)";
		}
		Class<?> type = TypePolicy.load(owner);
		if (type != null && !TypePolicy.isRuleFacing(type)) {
			return "function import of '" + target + "' is not allowed; import a static helper of the engine's "
					+ "facts or of " + String.join(", ", TypePolicy.ENGINE_HELPERS);
		}
		boolean found = type != null && java.util.Arrays.stream(type.getMethods())
			.anyMatch(m -> m.getName().equals(method) && Modifier.isStatic(m.getModifiers()));
		return found ? null : "function import of '" + target + "': no public static method '" + method + "' there";
	}

	/**
	 * Simple type names a rule file may use: its single-type imports, then the types of
	 * the engine packages it imports whole.
	 */
	static final class ImportedTypes extends HashMap<String, String> {

		final List<String> wildcards = new ArrayList<>();

		/**
		 * Names no wildcard import resolves, asked again for every identifier of every
		 * rule.
		 */
		private final Set<String> unresolved = new HashSet<>();

		@Override
		public String get(Object key) {
			String found = super.get(key);
			if (found != null || !(key instanceof String name) || unresolved.contains(name)) {
				return found;
			}
			for (String pkg : wildcards) {
				Class<?> type = TypePolicy.load(pkg + name);
				if (type != null && TypePolicy.isRuleFacing(type)) {
					put(name, pkg + name);
					return pkg + name;
				}
			}
			unresolved.add(name);
			return null;
		}

		@Override
		public boolean containsKey(Object key) {
			return get(key) != null;
		}

	}

}
