package com.caio.engine.common;

/**
 * Nothing stored under this id (or not yet): answered with 404 by REST, exit 1 by the
 * CLI.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
