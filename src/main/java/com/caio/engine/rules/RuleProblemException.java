package com.caio.engine.rules;

import com.caio.engine.common.Unavailable;

/**
 * The rules themselves failed on an input: a rule that loops, fires past the limit, runs
 * past the time limit or throws. It names the rules folder and, when known, the rule, so
 * whoever edits the rules knows where to look. Answered with 503 by REST and exit 1 by
 * the command line; the server keeps serving other requests.
 */
public class RuleProblemException extends Unavailable {

	private final String folder;

	private final String ruleId;

	public RuleProblemException(String folder, String ruleId, String message) {
		super("rules/" + folder + (ruleId == null ? "" : ", rule " + ruleId) + ": " + message);
		this.folder = folder;
		this.ruleId = ruleId;
	}

	public String folder() {
		return folder;
	}

	/** The rule's {@code @id} (else its name); null when no single rule is to blame. */
	public String ruleId() {
		return ruleId;
	}

}
