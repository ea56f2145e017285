package com.caio.engine.risk;

import java.util.List;

/**
 * Derived by RISK-ROAD-001: what a remediation action lacks ("owner", "due date",
 * "success criterion"); the roadmap shows it as the rule decided.
 */
public record RoadmapGap(Risk risk, List<String> missing) {

	public RoadmapGap {
		missing = List.copyOf(missing);
	}
}
