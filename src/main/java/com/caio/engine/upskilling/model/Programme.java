package com.caio.engine.upskilling.model;

import java.time.YearMonth;
import java.util.List;

/**
 * The programme file: who it is for, when it starts and its curriculum.
 *
 * @param start the programme's first month (month 1); task-log months before it are the
 * baseline
 * @param months the curriculum's length in months
 */
public record Programme(String name, String organisation, YearMonth start, int months, List<Module> modules) {

	public Programme {
		modules = List.copyOf(modules);
	}

	/**
	 * The programme month of a calendar month: 1 for the start, 0 and below before it.
	 */
	public int monthOf(YearMonth month) {
		return (int) (start.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1);
	}

}
