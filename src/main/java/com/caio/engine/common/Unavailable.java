package com.caio.engine.common;

import java.util.List;

/**
 * The engine cannot serve this request as it stands: no rules compiled, or the rules
 * failed on this input. Not the user's input at fault; REST answers 503, the command line
 * exits 1 with the details.
 */
public class Unavailable extends RuntimeException {

	public Unavailable(String message) {
		super(message);
	}

	/** Further lines a person needs, e.g. the compiler messages; empty by default. */
	public List<String> details() {
		return List.of();
	}

}
