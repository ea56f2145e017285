package com.caio.engine.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * An immutable, successfully compiled set of rules: one rule base per top-level folder,
 * the parsed data files beside them, and the version stamped on every result produced
 * with it.
 */
public final class RuleSet {

	private final String version;

	private final Instant builtAt;

	private final Map<String, KieBase> bases;

	private final Map<Class<?>, Object> data;

	RuleSet(String version, Instant builtAt, Map<String, KieBase> bases, Map<Class<?>, Object> data) {
		this.version = version;
		this.builtAt = builtAt;
		this.bases = Map.copyOf(bases);
		this.data = Map.copyOf(data);
	}

	/** SHA-256 over every file's path and content, in path order. */
	public String version() {
		return version;
	}

	public Instant builtAt() {
		return builtAt;
	}

	/** A new session on the folder's rule base; the caller disposes it. */
	public KieSession newSession(String folder) {
		KieBase base = bases.get(folder);
		if (base == null) {
			throw new RulesUnavailableException("no rules folder '" + folder + "' in rule set " + version, List.of());
		}
		return base.newKieSession();
	}

	public <T> T data(Class<T> type) {
		Object value = data.get(type);
		if (value == null) {
			throw new RulesUnavailableException("rule set " + version + " has no " + type.getSimpleName(), List.of());
		}
		return type.cast(value);
	}

}
