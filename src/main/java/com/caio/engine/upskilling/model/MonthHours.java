package com.caio.engine.upskilling.model;

import java.time.YearMonth;

/**
 * One month of the task log: AI-related hours done externally and in house, and the other
 * hours, summed as they were read.
 */
public record MonthHours(YearMonth month, double aiExternal, double aiInHouse, double otherExternal,
		double otherInHouse, long rows) {

	/** The share of AI-related hours done in house; NaN when there were none. */
	public double inHouseShare() {
		double total = aiExternal + aiInHouse;
		return total == 0 ? Double.NaN : aiInHouse / total;
	}

}
