package com.caio.engine.engagement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A date deadlines count from: {@code engagement start}, {@code pilot close}.
 *
 * @param evidence the records the date comes from
 */
public record Anchor(String name, LocalDate date, List<String> evidence) {

	public Anchor {
		evidence = List.copyOf(evidence);
	}

}
