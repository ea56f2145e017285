package com.caio.engine.engagement.model;

import java.time.LocalDate;

/**
 * An indicator measured at a review against its baseline: a KPI (marketing-attributed
 * revenue) or a capability indicator (share of tasks done externally).
 *
 * @param month the review it belongs to, in months from the engagement start (6, 12)
 */
public record Measurement(String id, String indicator, String measurementKind, int month, double baseline, double value,
		boolean higherIsBetter, LocalDate date, String supersedes) implements EngagementEvent {

	@Override
	public String kind() {
		return "measurement";
	}

	/** Whether the value is better than the baseline. */
	public boolean improved() {
		return higherIsBetter ? value > baseline : value < baseline;
	}

	/** The reduction from the baseline as a share of it (0.5 = halved). */
	public double reduction() {
		return baseline == 0 ? 0 : (baseline - value) / baseline;
	}

}
