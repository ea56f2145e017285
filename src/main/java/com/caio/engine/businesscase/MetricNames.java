package com.caio.engine.businesscase;

import java.util.Locale;
import java.util.Set;

/**
 * A baseline metric's name as a board reads it: {@code dtc_revenue} is "DTC revenue".
 * Underscores and hyphens become spaces, common business abbreviations are upper-cased,
 * and the first letter is capitalised; a name already written for people is kept.
 */
public final class MetricNames {

	private static final Set<String> ABBREVIATIONS = Set.of("ai", "api", "b2b", "b2c", "cac", "cpa", "cpc", "cpm",
			"crm", "ctr", "dtc", "d2c", "erp", "fte", "gmv", "hr", "it", "kpi", "ltv", "ml", "nps", "opex", "capex",
			"roi", "roas", "seo", "sku", "sla", "tv", "ux");

	private MetricNames() {
	}

	public static String label(String name) {
		if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_\\-]+")
				|| name.indexOf('_') < 0 && name.indexOf('-') < 0 && !name.equals(name.toLowerCase(Locale.ROOT))) {
			return name;
		}
		String[] words = name.toLowerCase(Locale.ROOT).split("[_\\-]+");
		StringBuilder out = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty()) {
				continue;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(ABBREVIATIONS.contains(word) ? word.toUpperCase(Locale.ROOT) : word);
		}
		if (out.length() > 0 && Character.isLowerCase(out.charAt(0))) {
			out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
		}
		return out.toString();
	}

}
