package com.caio.engine.server;

/**
 * The data folder cannot be used: what is wrong, and what the operator can do about it.
 */
public class DataDirException extends RuntimeException {

	private final String action;

	public DataDirException(String problem, String action) {
		super(problem);
		this.action = action;
	}

	/** What to do, in a sentence or two. */
	public String action() {
		return action;
	}

}
