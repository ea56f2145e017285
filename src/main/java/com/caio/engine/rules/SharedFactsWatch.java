package com.caio.engine.rules;

import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;

/**
 * Notices a rule that matched a row inserting, changing or deleting a fact of a shared
 * type while a batch of rows is evaluated. Such a rule reaches the other rows of its
 * session (a band deleted, a policy inserted), so batches would not conclude what one
 * session over every row concludes; the caller evaluates one session instead.
 * {@link RowIndependence} judges the conditions; this judges what the consequences did.
 */
final class SharedFactsWatch extends DefaultRuleRuntimeEventListener {

	private final Set<Class<?>> shared;

	private final Set<String> rowRules;

	private volatile boolean touched;

	SharedFactsWatch(Set<Class<?>> shared, Set<String> rowRules) {
		this.shared = shared;
		this.rowRules = rowRules;
	}

	boolean touched() {
		return touched;
	}

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		check(event.getRule(), event.getObject());
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
		check(event.getRule(), event.getObject());
		check(event.getRule(), event.getOldObject());
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
		check(event.getRule(), event.getOldObject());
	}

	private void check(Rule rule, Object fact) {
		// no rule: the caller's own inserts, or truth maintenance following a change that
		// was itself seen here
		if (rule != null && fact != null && rowRules.contains(rule.getName())
				&& shared.stream().anyMatch(type -> type.isInstance(fact))) {
			touched = true;
		}
	}

}
