package com.caio.engine.engagement.model;

import java.time.LocalDate;

/** The day the criteria are judged on, and the engagement's start. */
public record AsOf(LocalDate date, LocalDate start) {

	/** Days from the engagement start to {@code day}. */
	public long dayOf(LocalDate day) {
		return java.time.temporal.ChronoUnit.DAYS.between(start, day);
	}

}
