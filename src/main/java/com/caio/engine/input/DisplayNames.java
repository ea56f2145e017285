package com.caio.engine.input;

import java.util.Locale;
import java.util.Set;

import com.caio.engine.common.BadInputException;

/**
 * A metric's name as a board reads it: the display name its author gave, checked as text
 * for a sentence, or one derived from its id ({@code dtc_revenue} is "DTC revenue").
 */
public final class DisplayNames {

	/** The longest display name accepted: a label in a table cell or a sentence. */
	public static final int MAX_LENGTH = 80;

	private static final Set<String> ABBREVIATIONS = Set.of("ai", "api", "b2b", "b2c", "cac", "cpa", "cpc", "cpm",
			"crm", "ctr", "dtc", "d2c", "erp", "fte", "gmv", "hr", "it", "kpi", "ltv", "ml", "nps", "opex", "capex",
			"roi", "roas", "seo", "sku", "sla", "tv", "ux");

	private DisplayNames() {
	}

	/**
	 * A display name as given (stripped), or null when absent or blank (the name is then
	 * derived); refused naming {@code where} when it is longer than {@link #MAX_LENGTH}
	 * characters, holds a line break, tab or other control character, or markup
	 * ({@code <}, {@code >}), or has no letter or digit.
	 */
	public static String check(String where, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String name = text.strip();
		String accepted = "; accepted: one line of text for people, 1 to " + MAX_LENGTH
				+ " characters, e.g. 'DTC revenue'";
		if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
			throw new BadInputException(where,
					"is " + name.codePointCount(0, name.length()) + " characters long" + accepted);
		}
		if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
			throw new BadInputException(where, "holds a line break, control character or markup (< >)" + accepted);
		}
		if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new BadInputException(where, "'" + name + "' has no letter or digit" + accepted);
		}
		return name;
	}

	/**
	 * A name derived from an id: underscores and hyphens become spaces, common business
	 * abbreviations are upper-cased and the first letter is capitalised; a name already
	 * written for people is kept.
	 */
	public static String derive(String id) {
		if (id == null || id.isBlank() || !id.matches("[A-Za-z0-9_\\-]+")
				|| id.indexOf('_') < 0 && id.indexOf('-') < 0 && !id.equals(id.toLowerCase(Locale.ROOT))) {
			return id;
		}
		StringBuilder out = new StringBuilder();
		for (String word : id.toLowerCase(Locale.ROOT).split("[_\\-]+")) {
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
