package com.caio.engine.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kie.api.runtime.KieSession;

/**
 * The policy values of one rules folder, read from its compiled rule set: a session with
 * no facts fires only the policy table's rows (they have no condition), and each inserts
 * a {@link Policy}.
 */
public final class Policies {

	private static final int MAX_FIRINGS = 10_000;

	private final String folder;

	private final Map<String, Policy> values;

	private Policies(String folder, Map<String, Policy> values) {
		this.folder = folder;
		this.values = values;
	}

	public static Policies of(RuleSet rules, String folder) {
		KieSession session = rules.newSession(folder);
		try {
			session.fireAllRules(MAX_FIRINGS);
			Map<String, Policy> values = new TreeMap<>();
			session.getObjects(Policy.class::isInstance).forEach(f -> {
				Policy p = (Policy) f;
				values.put(p.name(), p);
			});
			return new Policies(folder, values);
		}
		finally {
			session.dispose();
		}
	}

	/** The value named; a missing row is a rule problem that names the table. */
	public double value(String name) {
		Policy policy = values.get(name);
		if (policy == null) {
			throw new RulesUnavailableException("rules/" + folder + "/policy.drl.csv has no row for the policy '" + name
					+ "'; the policies there are " + values.keySet(), List.of());
		}
		return policy.value();
	}

	public Map<String, Policy> all() {
		return Map.copyOf(values);
	}

}
