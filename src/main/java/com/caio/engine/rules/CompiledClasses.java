package com.caio.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The classes the classic compiler produced for one rule base, read before any rule base
 * or session is made from them, and checked by {@link BytecodePolicy}. A refusal names
 * the rule's file and line.
 */
final class CompiledClasses {

	private CompiledClasses() {
	}

	/**
	 * Checks every generated class; returns the messages (empty when all are allowed).
	 */
	static List<RuleMessage> check(KieBuilder builder, Map<String, RuleFile> sources,
			Map<String, DecisionTable> tables) {
		List<RuleMessage> messages = new ArrayList<>();
		InternalKieModule module = (InternalKieModule) builder.getKieModule();
		boolean scanned = false;
		for (String kbase : module.getKieModuleModel().getKieBaseModels().keySet()) {
			for (KiePackage pkg : module.getKnowledgePackagesForKieBase(kbase)) {
				InternalKnowledgePackage internal = (InternalKnowledgePackage) pkg;
				DialectRuntimeData data = internal.getDialectRuntimeRegistry().getDialectData("java");
				if (!(data instanceof JavaDialectRuntimeData javaData)) {
					continue;
				}
				scanned = true;
				for (Map.Entry<String, byte[]> entry : javaData.getStore().entrySet()) {
					Set<String> refused = new TreeSet<>(BytecodePolicy.refusals(entry.getValue()));
					if (!refused.isEmpty()) {
						messages.add(at(entry.getKey(), pkg, sources, tables,
								"the compiled rule refers to what rules may not use: " + String.join(", ", refused)));
					}
				}
			}
		}
		if (!scanned && !sources.isEmpty()) {
			messages.add(RuleMessage.error(sources.values().iterator().next().displayPath(), 1, 1,
					"the compiled rules could not be read to check them"));
		}
		return messages;
	}

	/** The rule whose generated class this is, at its file and line. */
	private static RuleMessage at(String className, KiePackage pkg, Map<String, RuleFile> sources,
			Map<String, DecisionTable> tables, String message) {
		String simple = className.substring(className.lastIndexOf('/') + 1);
		for (Rule rule : pkg.getRules()) {
			String mangled = mangle(rule.getName());
			if (!simple.contains(mangled) || !(rule instanceof RuleImpl impl) || impl.getResource() == null) {
				continue;
			}
			String path = impl.getResource().getSourcePath();
			path = path.startsWith(RuleCompiler.RESOURCES) ? path : RuleCompiler.RESOURCES + path;
			DecisionTable table = tables.get(path);
			RuleFile file = sources.get(path);
			if (table != null) {
				int line = CompilerMessages.lineOfRuleNamedIn(rule.getName(), table.drl());
				RuleMessage m = table.map(line, message + " (rule \"" + rule.getName() + "\")");
				return m;
			}
			if (file != null) {
				return RuleMessage.error(file.displayPath(),
						CompilerMessages.lineOfRuleNamedIn(rule.getName(), file.text()), 1,
						message + " (rule \"" + rule.getName() + "\")");
			}
		}
		String any = sources.isEmpty() ? "rules" : sources.values().iterator().next().displayPath();
		return RuleMessage.error(any, 1, 1, message + " (class " + simple + ")");
	}

	/** How Drools turns a rule name into a class name: "MAT-CAP 1" is MAT$u45$CAP_1. */
	static String mangle(String ruleName) {
		StringBuilder out = new StringBuilder();
		for (char c : ruleName.toCharArray()) {
			if (Character.isLetterOrDigit(c) || c == '_') {
				out.append(c);
			}
			else if (c == ' ') {
				out.append('_');
			}
			else {
				out.append("$u").append((int) c).append('$');
			}
		}
		return out.toString();
	}

}
