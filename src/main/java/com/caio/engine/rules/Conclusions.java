package com.caio.engine.rules;

import java.util.List;

/**
 * What one evaluation left in working memory, read by type: all of a type, exactly one of
 * a type, or the findings in their total order.
 */
public final class Conclusions {

	private final String folder;

	private final List<Object> facts;

	Conclusions(String folder, List<Object> facts) {
		this.folder = folder;
		this.facts = List.copyOf(facts);
	}

	/**
	 * Every fact of the type, in no particular order (sort by a total key before use).
	 */
	public <T> List<T> all(Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The one fact of the type; a rule set that derived none or several is a rule
	 * problem.
	 */
	public <T> T one(Class<T> type) {
		List<T> found = all(type);
		if (found.size() != 1) {
			throw new RuleProblemException(folder, null, "the rules derived " + found.size() + " "
					+ type.getSimpleName() + " instead of exactly one: " + found);
		}
		return found.get(0);
	}

	public boolean any(Class<?> type) {
		return facts.stream().anyMatch(type::isInstance);
	}

	/** The findings, most serious first, then by rule id and the rest of the finding. */
	public List<Finding> findings() {
		return all(Finding.class).stream().sorted(Finding.ORDER).toList();
	}

}
