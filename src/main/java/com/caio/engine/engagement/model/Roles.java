package com.caio.engine.engagement.model;

import java.util.Locale;
import java.util.Set;

/**
 * Role tags as people write them ("Head of Sales", "head-of-sales"): compared after
 * folding case, hyphens and underscores, so a tag is matched however it is typed.
 */
public final class Roles {

	/** Tags that make a person an executive stakeholder without saying so. */
	public static final Set<String> EXECUTIVE = Set.of("executive", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cdo",
			"head of sales", "head of innovation", "head of data", "head of product", "head of engineering");

	private Roles() {
	}

	public static String normalise(String tag) {
		return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
	}

}
