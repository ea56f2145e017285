package com.caio.engine.opportunities.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.caio.engine.opportunities.Numbers;
import com.caio.engine.opportunities.OpportunitiesReport;

/** Words and numbers as the Head of Innovation reads them: no codes, no raw keys. */
final class Labels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private Labels() {
	}

	static String decision(String decision) {
		return switch (decision) {
			case "GO" -> "Go";
			case "GO_WITH_CONDITIONS" -> "Go, with conditions";
			case "NO_GO" -> "No-go";
			default -> decision;
		};
	}

	static String method(String method) {
		return switch (method) {
			case "RICE" -> "RICE";
			case "WSJF" -> "WSJF (weighted shortest job first)";
			case "WEIGHTED" -> "weighted score";
			default -> method;
		};
	}

	static String date(LocalDate date) {
		return date == null ? "not set" : DATE.format(date);
	}

	static String band(OpportunitiesReport.Ranked r) {
		return "+" + Numbers.plain(r.upliftPercent().low()) + " to +" + Numbers.plain(r.upliftPercent().high())
				+ "% (likely +" + Numbers.plain(r.upliftPercent().likely()) + "%)";
	}

	static String effort(OpportunitiesReport.Ranked r) {
		return Numbers.plain(r.effortWeeks().low()) + "-" + Numbers.plain(r.effortWeeks().high())
				+ " person-weeks (likely " + Numbers.plain(r.effortWeeks().likely()) + ")";
	}

	static String score(OpportunitiesReport.Backlog b, double score) {
		return "RICE".equals(b.method()) ? Numbers.whole(score) : Numbers.one(score);
	}

	static String capitalised(String text) {
		return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	static String probability(double p) {
		if (p > 0.99) {
			return "over 99%";
		}
		if (p < 0.01) {
			return "under 1%";
		}
		return Numbers.percent(p);
	}

	static String days(double days) {
		return Numbers.whole(Math.ceil(days)) + " working days";
	}

}
