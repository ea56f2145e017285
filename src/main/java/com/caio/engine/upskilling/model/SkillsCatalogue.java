package com.caio.engine.upskilling.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The skills the practice assesses, with a target proficiency per role; read from
 * {@code rules/upskilling/skills.csv} and versioned with the rules.
 */
public final class SkillsCatalogue {

	public static final List<String> ROLES = List.of("product manager", "engineer", "data scientist", "designer");

	public static final String EVERYONE = "everyone";

	private final List<SkillTarget> targets;

	private final Map<String, List<SkillTarget>> bySkill = new LinkedHashMap<>();

	private final Map<String, String> byText = new LinkedHashMap<>();

	public SkillsCatalogue(List<SkillTarget> targets) {
		this.targets = List.copyOf(targets);
		for (SkillTarget t : targets) {
			bySkill.computeIfAbsent(t.skill(), k -> new ArrayList<>()).add(t);
			byText.put(normalise(t.text()), t.skill());
		}
	}

	public List<SkillTarget> targets() {
		return targets;
	}

	public List<String> skills() {
		return List.copyOf(bySkill.keySet());
	}

	public SkillTarget first(String skill) {
		return bySkill.get(skill).get(0);
	}

	/**
	 * The target a person in {@code role} should reach in {@code skill}, if the skill
	 * applies to the role: a row for the role itself wins over an {@code everyone} row.
	 */
	public Optional<SkillTarget> target(String skill, String role) {
		List<SkillTarget> rows = bySkill.getOrDefault(skill, List.of());
		Optional<SkillTarget> own = rows.stream().filter(t -> t.role().equals(role)).findFirst();
		return own.isPresent() ? own : rows.stream().filter(t -> t.role().equals(EVERYONE)).findFirst();
	}

	/**
	 * The skill a survey column is about: its id, its text, or a heading that starts with
	 * the id ({@code "PM-01 - Framing an AI opportunity"}) or ends with the text in
	 * brackets (a Forms matrix question: {@code "Rate your proficiency [Prompting]"}).
	 */
	public Optional<String> skillOfColumn(String heading) {
		String h = heading.strip();
		if (bySkill.containsKey(h)) {
			return Optional.of(h);
		}
		String text = byText.get(normalise(h));
		if (text != null) {
			return Optional.of(text);
		}
		int open = h.lastIndexOf('[');
		if (open >= 0 && h.endsWith("]")) {
			return skillOfColumn(h.substring(open + 1, h.length() - 1));
		}
		for (String id : bySkill.keySet()) {
			if (h.startsWith(id) && h.length() > id.length() && !Character.isLetterOrDigit(h.charAt(id.length()))) {
				return Optional.of(id);
			}
		}
		return Optional.empty();
	}

	public static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** A role as written in a survey, in the catalogue's words; null if none. */
	public static String role(String written) {
		String r = normalise(written).replace('_', ' ').replace('-', ' ');
		return switch (r) {
			case "product manager", "pm", "product", "product owner", "product management" -> "product manager";
			case "engineer", "software engineer", "engineering", "developer", "ml engineer" -> "engineer";
			case "data scientist", "data science", "analyst", "data analyst" -> "data scientist";
			case "designer", "design", "ux designer", "product designer" -> "designer";
			default -> null;
		};
	}

}
