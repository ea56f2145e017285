package com.caio.engine.opportunities;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days (Monday to Friday) from the pilot start; public holidays are not known to
 * the engine and are left to the estimates.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/**
	 * The date on which work of {@code days} working days, started on {@code start},
	 * finishes: a duration of 1 finishes on the start day (if a working day).
	 */
	static LocalDate finish(LocalDate start, double days) {
		LocalDate date = nextWorking(start);
		long whole = Math.max(1, (long) Math.ceil(days - 1e-9));
		for (long left = whole - 1; left > 0;) {
			date = date.plusDays(1);
			if (working(date)) {
				left--;
			}
		}
		return date;
	}

	/** Working days from {@code start} (included) to {@code end} (excluded). */
	static int between(LocalDate start, LocalDate end) {
		int count = 0;
		for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
			count += working(d) ? 1 : 0;
		}
		return count;
	}

	private static LocalDate nextWorking(LocalDate date) {
		while (!working(date)) {
			date = date.plusDays(1);
		}
		return date;
	}

	private static boolean working(LocalDate date) {
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
