package com.caio.engine.opportunities.model;

import java.util.List;

/**
 * The workshop's backlog as read.
 *
 * @param method the scoring method the engagement asks for ("" lets the rules choose)
 * @param targetUpliftLow the target band's lower end in percent (null: the policy's)
 */
public record Backlog(String name, String method, Double targetUpliftLow, Double targetUpliftHigh,
		List<Opportunity> opportunities) {

	public Backlog {
		opportunities = List.copyOf(opportunities);
	}

}
