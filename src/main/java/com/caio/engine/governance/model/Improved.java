package com.caio.engine.governance.model;

import java.util.List;

/**
 * Derived by the KPI rules: the KPI improved measurably at the review of {@code month} (6
 * or 12), or at both ({@code month} 0).
 */
public record Improved(String kpi, int month, String rule) {

	/** The KPIs' names, sorted and joined: "A, B and C". */
	public static String names(List<?> improved) {
		List<String> names = improved.stream().map(i -> ((Improved) i).kpi()).sorted().toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
