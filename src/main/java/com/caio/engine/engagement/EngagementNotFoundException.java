package com.caio.engine.engagement;

/** No engagement with this id; answered with 404. */
public class EngagementNotFoundException extends RuntimeException {

	public EngagementNotFoundException(long id) {
		super("no engagement " + id);
	}

}
