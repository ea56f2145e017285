package com.caio.engine.opportunities.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task of the MVP's work breakdown, estimated in working days for each delivery mode.
 *
 * @param responsible the people doing the work and their hours per week while it runs (in
 * the assisted mode)
 * @param accountable the one person answerable for it (a list, so that a plan naming two
 * can be reported)
 */
public record Task(String id, String name, Estimate internal, Estimate assisted, List<String> dependsOn,
		Map<String, Double> responsible, List<String> accountable, List<String> consulted, List<String> informed) {

	public Task {
		dependsOn = List.copyOf(dependsOn);
		responsible = Collections.unmodifiableMap(new LinkedHashMap<>(responsible));
		accountable = List.copyOf(accountable);
		consulted = List.copyOf(consulted);
		informed = List.copyOf(informed);
	}

	public Estimate estimate(DeliveryMode mode) {
		return mode == DeliveryMode.INTERNAL ? internal : assisted;
	}

}
