package com.caio.engine.rules;

import java.util.Set;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Whether a folder's rules decide each row on its own: every rule matches at most one
 * fact that is not of a shared type, and only as a plain pattern (not inside {@code not},
 * {@code exists}, {@code forall}, {@code accumulate}, {@code collect} or {@code from}).
 * Then sessions over batches of the rows, each given every shared fact, conclude together
 * what one session over all rows concludes (their conclusions joined, equal ones once). A
 * rule that joins two rows, counts them or looks for the absence of one is not
 * independent, and the caller keeps one session.
 */
final class RowIndependence {

	private RowIndependence() {
	}

	static boolean holds(KieBase base, Set<Class<?>> shared) {
		for (KiePackage pkg : base.getKiePackages()) {
			for (Rule rule : pkg.getRules()) {
				// an activation group lets one firing stop the others, across rows
				if (!(rule instanceof RuleImpl impl)
						|| impl.getActivationGroup() != null && !impl.getActivationGroup().isEmpty()
						|| impl.getLhs() != null && rows(impl.getLhs(), true, shared) > 1) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * How many row patterns an element matches plainly; {@link #NOT_INDEPENDENT} when it
	 * matches one otherwise.
	 */
	private static int rows(RuleConditionElement element, boolean plain, Set<Class<?>> shared) {
		if (element instanceof Pattern pattern) {
			int own = 0;
			boolean row = !(pattern.getObjectType() instanceof ClassObjectType type)
					|| !shared.contains(type.getClassType());
			if (row) {
				own = plain && sourceIsPlain(pattern) ? 1 : NOT_INDEPENDENT;
			}
			int nested = 0;
			if (pattern.getSource() != null && !(pattern.getSource() instanceof EntryPointId)) {
				nested = rows(pattern.getSource(), false, shared);
			}
			return sum(own, nested);
		}
		boolean plainInside = plain && element instanceof GroupElement group && (group.isAnd() || group.isOr());
		int total = 0;
		for (RuleConditionElement child : element.getNestedElements()) {
			total = sum(total, rows(child, plainInside, shared));
		}
		return total;
	}

	private static final int NOT_INDEPENDENT = Integer.MAX_VALUE / 2;

	private static boolean sourceIsPlain(Pattern pattern) {
		return pattern.getSource() == null || pattern.getSource() instanceof EntryPointId;
	}

	private static int sum(int a, int b) {
		return Math.min(NOT_INDEPENDENT, a + b);
	}

}
