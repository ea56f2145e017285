package com.caio.engine.pilot;

/** No pilot with this id, or no evaluation of it yet; answered with 404. */
class PilotNotFoundException extends RuntimeException {

	PilotNotFoundException(long id) {
		super("no pilot with id " + id);
	}

	PilotNotFoundException(String message) {
		super(message);
	}

}
