package com.caio.engine.businesscase;

import com.caio.engine.input.DisplayNames;

/**
 * A baseline metric's name derived from its id, as a board reads it: {@code dtc_revenue}
 * is "DTC revenue" ({@link DisplayNames#derive}); a metric's own display name, when
 * given, comes first ({@link BusinessCase.BaselineMetric#label}).
 */
public final class MetricNames {

	private MetricNames() {
	}

	public static String label(String name) {
		return DisplayNames.derive(name);
	}

}
