package com.caio.engine.rules;

import java.util.List;

/**
 * Tries a rule set that compiled clean before it replaces the one serving, e.g. on the
 * shipped examples (a smoke run). Any error it returns keeps the candidate from being
 * published; the rule set serving keeps serving.
 */
public interface RuleSetCheck {

	List<RuleMessage> check(RuleSet candidate);

}
