package com.caio.engine.engagement;

import com.caio.engine.common.NotFoundException;

/** No engagement with this id; answered with 404 (REST) or exit 1 (CLI). */
public class EngagementNotFoundException extends NotFoundException {

	public EngagementNotFoundException(long id) {
		super("no engagement " + id);
	}

}
