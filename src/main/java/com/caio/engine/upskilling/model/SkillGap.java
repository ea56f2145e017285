package com.caio.engine.upskilling.model;

/**
 * A skill for one role across the organisation: people assessed, their mean proficiency
 * and how many are at or above the role's target.
 */
public record SkillGap(String skill, String area, String role, String text, int target, int assessed, double mean,
		int atTarget) {

	/** Proficiency levels the mean is below target (0 when at or above it). */
	public double gap() {
		return Math.max(0, target - mean);
	}

	public double share() {
		return assessed == 0 ? 0 : (double) atTarget / assessed;
	}

}
