package com.caio.engine.governance.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.caio.engine.governance.GovernanceReport;

/**
 * The pack's words for executives: numbers with thousands separators, dates as
 * {@code 31 Mar 2027}, changes in percentage points where the unit is a percentage, and
 * the input's codes (model-failure, NOT_MET) as plain words.
 */
public final class Words {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	/** A currency code, optionally in thousands or millions: GBP, GBP k, EUR m. */
	private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("([A-Z]{3})(?: ([km]))?");

	private Words() {
	}

	public static String day(LocalDate day) {
		return day == null ? "-" : day.format(DAY);
	}

	public static String number(double value, int decimals) {
		return String.format(Locale.UK, "%,." + decimals + "f", value);
	}

	/** A value in its unit: {@code 4.2%}, {@code GBP 1,250}, {@code 38.5 s}. */
	public static String value(double value, String unit) {
		int decimals = Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 100 ? 1 : 2;
		String n = number(value, decimals);
		if (unit == null || unit.isBlank()) {
			return n;
		}
		if (unit.equals("%")) {
			return n + "%";
		}
		java.util.regex.Matcher money = MONEY.matcher(unit);
		if (money.matches()) {
			return money.group(1) + " " + n + (money.group(2) == null ? "" : money.group(2));
		}
		return n + " " + unit;
	}

	/** A change in the KPI's unit, signed; in percentage points when the unit is %. */
	public static String change(double change, String unit) {
		String sign = change > 0 ? "+" : change < 0 ? "-" : "";
		if ("%".equals(unit)) {
			return sign + number(Math.abs(change), 2) + " pp";
		}
		return sign + value(Math.abs(change), unit);
	}

	public static String percent(double value) {
		return (value > 0 ? "+" : "") + number(value, 1) + "%";
	}

	/** {@code model-failure} as "model failure", {@code NOT_MET} as "not met". */
	public static String plain(String code) {
		return code == null ? "" : code.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
	}

	public static String capital(String text) {
		return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	public static String rag(String rag) {
		return switch (rag) {
			case "GREEN" -> "Green";
			case "AMBER" -> "Amber";
			default -> "Red";
		};
	}

	public static String state(String state) {
		return switch (state) {
			case "MET" -> "Met";
			case "NOT_MET" -> "Not met";
			case "PENDING" -> "Pending";
			case "IMPROVED" -> "Improved";
			case "NOT_IMPROVED" -> "Not improved";
			case "NOT_DUE" -> "Not yet due";
			case "NO_DATA" -> "Too little data";
			default -> capital(plain(state));
		};
	}

	/** What an input is, as a label: {@code kpis} as "KPI series". */
	public static String input(String role) {
		return switch (role) {
			case "pack" -> "Pack file";
			case "kpis" -> "KPI series";
			case "incidents" -> "Incident register";
			default -> capital(role);
		};
	}

	public static String list(List<String> items) {
		return items.isEmpty() ? "-" : String.join(", ", items);
	}

	/** The review's change and confidence in one line. */
	public static String review(GovernanceReport.Kpi k, GovernanceReport.Review r) {
		if (r.mean() == null) {
			return state(r.state()) + ". " + r.confidence();
		}
		return value(r.mean(), k.unit()) + " against " + value(k.baselineMean(), k.unit()) + " at baseline ("
				+ change(r.change(), k.unit()) + ", " + percent(r.changePercent()) + "). " + r.confidence() + ".";
	}

	public static String engagement(GovernanceReport report) {
		return report.engagement() == null ? "" : report.engagement().client();
	}

}
