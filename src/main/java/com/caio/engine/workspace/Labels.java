package com.caio.engine.workspace;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The names people read for the capabilities and their documents: "AI maturity", not
 * {@code maturity}. A capability without a name here shows its kind, so a new one still
 * gets its pages.
 */
@Component("labels")
public final class Labels {

	private static final Map<String, String> CAPABILITIES = Map.of("maturity", "AI maturity", "risk", "AI risk",
			"businesscase", "Business case", "pilot", "Pilot evaluation", "economics", "Practice economics",
			"onboarding", "Client onboarding", "opportunities", "AI opportunities", "governance", "Governance pack",
			"upskilling", "Upskilling");

	private static final Map<String, String> ABOUT = Map.of("maturity",
			"Upload a survey export (wide, long or forms CSV) to score maturity per dimension and segment.", "risk",
			"Upload a risk register (CSV) to rate, rank and plan the remediation of AI risks.", "businesscase",
			"Upload a business case (YAML or JSON) to project cash flows, payback and sensitivity.", "pilot",
			"Upload a pilot's results to estimate the effect against its target.", "economics",
			"Upload the practice's figures (YAML or JSON) to see margins and capacity.", "onboarding",
			"Upload an onboarding plan (YAML or JSON) to check it and get the calendar and plan.", "opportunities",
			"Upload an opportunity backlog to rank it and plan the first MVPs.", "governance",
			"Upload a quarter's governance pack (YAML) with its KPIs and incidents to judge trends, risks and adoption.",
			"upskilling",
			"Upload an upskilling programme (YAML) with its survey, results and task log to track skills and in-house AI work.");

	/** For the templates: {@code ${@labels.of(kind)}}. */
	public String of(String kind) {
		return capability(kind);
	}

	/** For the templates: {@code ${@labels.describe(kind)}}. */
	public String describe(String kind) {
		return about(kind);
	}

	/** For the templates: {@code ${@labels.name(option)}}. */
	public String name(String field) {
		return field(field);
	}

	/**
	 * For the templates: a rule set version as the text reports print it, its first 12
	 * characters (the page keeps the whole one in a tooltip).
	 */
	public String version(String version) {
		return version == null || version.length() <= 12 ? version : version.substring(0, 12);
	}

	/**
	 * For the templates: who did something, as a person reads it: {@code user:alice} as
	 * alice, {@code system:start} as "the server, at start".
	 */
	public String actor(String actor) {
		if (actor == null) {
			return "";
		}
		if (actor.startsWith("user:") || actor.startsWith("cli:")) {
			return actor.substring(actor.indexOf(':') + 1);
		}
		return switch (actor) {
			case "system:start" -> "the server, at start";
			case "file watcher" -> "a file changed in the rules folder";
			case "system" -> "the server";
			default -> actor;
		};
	}

	static String capability(String kind) {
		return CAPABILITIES.getOrDefault(kind, kind.substring(0, 1).toUpperCase() + kind.substring(1));
	}

	static String about(String kind) {
		return ABOUT.getOrDefault(kind, "Upload a file to run it through the rules.");
	}

	/** {@code assessmentId} as "Assessment id", {@code baseline} as "Baseline". */
	static String field(String name) {
		String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' ').toLowerCase();
		return words.substring(0, 1).toUpperCase() + words.substring(1);
	}

}
