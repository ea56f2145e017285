package com.caio.engine.upskilling.model;

import java.util.List;

/** The task log, summed per month as it was streamed. */
public record TaskLog(long rows, List<MonthHours> months, long rejectedCount, List<RejectedLine> rejected) {

	public TaskLog {
		months = List.copyOf(months);
		rejected = List.copyOf(rejected);
	}

	/** The same log, its left-out lines in the file of this name. */
	public TaskLog named(String name) {
		return new TaskLog(rows, months, rejectedCount, RejectedLine.named(rejected, name));
	}

	public static TaskLog none() {
		return new TaskLog(0, List.of(), 0, List.of());
	}

}
