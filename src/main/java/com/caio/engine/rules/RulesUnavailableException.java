package com.caio.engine.rules;

import java.util.List;

/**
 * No usable rule set: the rules never compiled, or a required folder or data file is
 * missing.
 */
public class RulesUnavailableException extends RuntimeException {

	private final List<RuleMessage> messages;

	public RulesUnavailableException(String message, List<RuleMessage> messages) {
		super(message);
		this.messages = List.copyOf(messages);
	}

	public List<RuleMessage> messages() {
		return messages;
	}

}
