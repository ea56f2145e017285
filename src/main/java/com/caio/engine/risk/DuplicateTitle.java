package com.caio.engine.risk;

import java.util.List;

/**
 * Aggregated before the rules run: a title (compared ignoring case and spacing) shared by
 * more than one risk. Counting titles in a map keeps the check linear on a 100,000-row
 * register, where a rule joining every risk with every other would be quadratic.
 */
public record DuplicateTitle(String title, List<String> riskIds) {

	public DuplicateTitle {
		riskIds = List.copyOf(riskIds);
	}
}
