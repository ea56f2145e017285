package com.caio.engine.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policy values of one rules folder, read from its compiled rule set: a session with
 * no facts fires only the policy table's rows (they have no condition), and each inserts
 * a {@link Policy}.
 */
public final class Policies {

	private final String folder;

	private final Map<String, Policy> values;

	private Policies(String folder, Map<String, Policy> values) {
		this.folder = folder;
		this.values = values;
	}

	public static Policies of(RuleSet rules, String folder) {
		Map<String, Policy> values = new TreeMap<>();
		rules.evaluate(folder, List.of()).all(Policy.class).forEach(p -> values.put(p.name(), p));
		return new Policies(folder, values);
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
