package com.caio.engine.engagement.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.caio.engine.engagement.model.CriterionState;
import com.caio.engine.engagement.model.CriterionStatus;

/** The words a client reads for a state and its dates. */
public final class StatusWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private StatusWords() {
	}

	public static String state(CriterionState state) {
		return switch (state) {
			case MET -> "Met";
			case MET_LATE -> "Met late";
			case PENDING -> "Pending";
			case MISSED -> "Missed";
			case NOT_APPLICABLE -> "Not in scope";
		};
	}

	public static String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/** When it was met or is due, and by how much it was early or late. */
	public static String when(CriterionStatus c) {
		return switch (c.state()) {
			case MET -> "on " + day(c.metOn()) + (c.daysEarly() == null ? "" : ", " + days(c.daysEarly()) + " early");
			case MET_LATE -> "on " + day(c.metOn()) + ", " + days(c.daysLate()) + " late";
			case MISSED ->
				c.due() == null ? "cannot be met" : "was due " + day(c.due()) + ", " + days(c.daysLate()) + " overdue";
			case PENDING -> c.due() == null ? "no deadline" : "due " + day(c.due());
			case NOT_APPLICABLE -> "";
		};
	}

	private static String days(long n) {
		return n == 1 ? "1 day" : n + " days";
	}

}
