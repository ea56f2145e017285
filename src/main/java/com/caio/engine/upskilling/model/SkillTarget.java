package com.caio.engine.upskilling.model;

/**
 * One row of {@code rules/upskilling/skills.csv}: a skill, the role it applies to and the
 * proficiency (0-4) that role should reach.
 *
 * @param role {@code product manager}, {@code engineer}, {@code data scientist},
 * {@code designer} or {@code everyone}
 */
public record SkillTarget(String skill, String area, String role, String text, int target) {
}
