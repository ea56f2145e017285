package com.caio.engine.rules;

import java.util.List;
import java.util.Set;

/**
 * Tries a rule set that compiled clean before it replaces the one serving, e.g. on the
 * shipped examples (a smoke run). Any error it returns keeps the candidate from being
 * published; the rule set serving keeps serving.
 */
public interface RuleSetCheck {

	/**
	 * @param candidate the rule set that compiled
	 * @param changed the rules folders whose files differ from the rule set serving
	 * (every folder when nothing serves yet)
	 */
	List<RuleMessage> check(RuleSet candidate, Set<String> changed);

}
