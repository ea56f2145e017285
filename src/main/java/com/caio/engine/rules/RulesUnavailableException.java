package com.caio.engine.rules;

import java.util.List;

import com.caio.engine.common.Unavailable;

/**
 * No usable rule set: the rules never compiled, or a required folder or data file is
 * missing.
 */
public class RulesUnavailableException extends Unavailable {

	private final List<RuleMessage> messages;

	public RulesUnavailableException(String message, List<RuleMessage> messages) {
		super(message);
		this.messages = List.copyOf(messages);
	}

	public List<RuleMessage> messages() {
		return messages;
	}

	@Override
	public List<String> details() {
		return messages.stream().map(RuleMessage::toString).toList();
	}

}
