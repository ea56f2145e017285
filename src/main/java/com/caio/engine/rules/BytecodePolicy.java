package com.caio.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The second line of the rule policy: reads every class the compiler produced for a rule
 * base and refuses any reference to a class or method outside the allow-list, whatever
 * spelling of the source got it there. What the parsed-package check missed stops here.
 */
final class BytecodePolicy {

	/** java.lang classes compiled rules may use (beside the allowed packages). */
	private static final Set<String> JAVA_LANG = Set.of("java.lang.Object", "java.lang.String",
			"java.lang.StringBuilder", "java.lang.Math", "java.lang.StrictMath", "java.lang.Integer", "java.lang.Long",
			"java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean",
			"java.lang.Character", "java.lang.Number", "java.lang.CharSequence", "java.lang.Comparable",
			"java.lang.Iterable", "java.lang.Enum", "java.lang.Record", "java.lang.Exception",
			"java.lang.RuntimeException", "java.lang.Throwable", "java.lang.IllegalArgumentException",
			"java.lang.IllegalStateException", "java.lang.ArithmeticException", "java.lang.NullPointerException",
			"java.lang.ClassCastException", "java.lang.AutoCloseable", "java.lang.Void",
			// a class literal alone; every reflective method on it is refused by name
			"java.lang.Class");

	/**
	 * The Drools runtime the generated rule classes call (invokers, the knowledge helper,
	 * accumulate and field helpers): what the shipped rules compile to, and no more.
	 */
	private static final List<String> DROOLS_RUNTIME = List.of("org.drools.base.base.ValueResolver",
			"org.drools.base.reteoo.", "org.drools.base.rule.", "org.drools.core.rule.consequence.KnowledgeHelper",
			"org.drools.core.reteoo.", "org.drools.mvel.asm.", "org.drools.mvel.field.FieldFactory",
			"org.kie.api.definition.rule.", "org.kie.api.runtime.rule.", "org.drools.core.common.InternalFactHandle",
			"org.drools.base.accumulate.", "org.drools.util.bitmask.", "org.drools.core.base.accumulators.",
			"org.drools.base.base.accumulators.");

	private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
			"java/lang/invoke/StringConcatFactory");

	private BytecodePolicy() {
	}

	/** What one class refers to that the policy refuses, each as "what (where)". */
	static List<String> refusals(byte[] classFile) {
		ClassReader reader = new ClassReader(classFile);
		Collector collector = new Collector();
		reader.accept(collector, ClassReader.SKIP_FRAMES);
		String own = reader.getClassName().replace('/', '.');
		String ownPackage = own.substring(0, Math.max(0, own.lastIndexOf('.') + 1));
		List<String> refused = new ArrayList<>();
		for (String reference : collector.references) {
			String owner = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
			if (!ownPackage.isEmpty() && owner.startsWith(ownPackage) && owner.indexOf('.', ownPackage.length()) < 0) {
				continue; // the classes generated for this rule package
			}
			String reason = refusal(reference);
			if (reason != null) {
				refused.add(reason);
			}
		}
		return refused;
	}

	/** Every class, and every method as Class.method, a class file refers to. */
	static Set<String> references(byte[] classFile) {
		Collector collector = new Collector();
		new ClassReader(classFile).accept(collector, ClassReader.SKIP_FRAMES);
		return collector.references;
	}

	static String refusal(String reference) {
		int hash = reference.indexOf('#');
		String owner = hash < 0 ? reference : reference.substring(0, hash);
		String member = hash < 0 ? null : reference.substring(hash + 1);
		if (member != null && ExpressionPolicy.FORBIDDEN_METHODS.contains(member)) {
			return "call of " + simple(owner) + "." + member;
		}
		if (!allowedClass(owner)) {
			return "use of " + owner;
		}
		return null;
	}

	static boolean allowedClass(String name) {
		String outer = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
		if (JAVA_LANG.contains(outer)) {
			return true;
		}
		if (outer.startsWith(TypePolicy.ENGINE)) {
			Class<?> type = TypePolicy.load(name);
			return type != null && TypePolicy.isRuleFacing(type);
		}
		if (outer.startsWith("java.util.") || outer.startsWith("java.time.") || outer.startsWith("java.math.")) {
			return TypePolicy.FORBIDDEN_CLASSES.stream().noneMatch(f -> outer.equals(f) || outer.startsWith(f + "."));
		}
		return isDroolsRuntime(outer);
	}

	private static boolean isDroolsRuntime(String name) {
		return DROOLS_RUNTIME.stream().anyMatch(name::startsWith);
	}

	private static String simple(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	/** Collects class and member references from signatures and instructions. */
	private static final class Collector extends ClassVisitor {

		Set<String> references = new TreeSet<>();

		private boolean invoker;

		Collector() {
			super(Opcodes.ASM9);
		}

		void type(Type type) {
			switch (type.getSort()) {
				case Type.ARRAY -> type(type.getElementType());
				case Type.OBJECT -> references.add(type.getClassName());
				case Type.METHOD -> {
					type(type.getReturnType());
					for (Type argument : type.getArgumentTypes()) {
						type(argument);
					}
				}
				default -> {
				}
			}
		}

		void internal(String internalName) {
			if (internalName != null) {
				type(internalName.startsWith("[") ? Type.getType(internalName) : Type.getObjectType(internalName));
			}
		}

		@Override
		public void visit(int version, int access, String name, String signature, String superName,
				String[] interfaces) {
			invoker = interfaces != null
					&& List.of(interfaces).contains("org/drools/base/rule/accessor/CompiledInvoker");
			internal(superName);
			if (interfaces != null) {
				for (String i : interfaces) {
					internal(i);
				}
			}
		}

		@Override
		public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
			type(Type.getType(descriptor));
			return null;
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			type(Type.getMethodType(descriptor));
			if (exceptions != null) {
				for (String e : exceptions) {
					internal(e);
				}
			}
			if (invoker && (name.equals("equals") || name.equals("getMethodBytecode"))) {
				// Drools' own invoker template compares classes; rule code never lands
				// here
				return null;
			}
			return new MethodVisitor(Opcodes.ASM9) {

				@Override
				public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
					internal(owner);
					references.add(Type.getObjectType(owner).getClassName() + "#" + method);
					type(Type.getMethodType(desc));
				}

				@Override
				public void visitFieldInsn(int opcode, String owner, String field, String desc) {
					internal(owner);
					type(Type.getType(desc));
				}

				@Override
				public void visitTypeInsn(int opcode, String type) {
					internal(type);
				}

				@Override
				public void visitMultiANewArrayInsn(String desc, int dims) {
					type(Type.getType(desc));
				}

				@Override
				public void visitLdcInsn(Object value) {
					if (value instanceof Type t) {
						references.add("java.lang.Class");
						type(t);
					}
					else if (value instanceof Handle h) {
						handle(h);
					}
					else if (!(value instanceof String || value instanceof Number)) {
						references.add("java.lang.invoke.ConstantDynamic");
					}
				}

				@Override
				public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
					if (!BOOTSTRAPS.contains(bootstrap.getOwner())) {
						internal(bootstrap.getOwner());
					}
					type(Type.getMethodType(desc));
					for (Object arg : args) {
						if (arg instanceof Handle h) {
							handle(h);
						}
						else if (arg instanceof Type t) {
							type(t);
						}
					}
				}

				@Override
				public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
					internal(type);
				}

				@Override
				public void visitLocalVariable(String name, String desc, String signature, Label start, Label end,
						int index) {
					type(Type.getType(desc));
				}

			};
		}

		void handle(Handle h) {
			internal(h.getOwner());
			references.add(Type.getObjectType(h.getOwner()).getClassName() + "#" + h.getName());
			type(h.getDesc().startsWith("(") ? Type.getMethodType(h.getDesc()) : Type.getType(h.getDesc()));
		}

	}

}
