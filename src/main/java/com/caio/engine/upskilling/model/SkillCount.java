package com.caio.engine.upskilling.model;

/**
 * How many people of one role and team answered each proficiency (0-4) for one skill: the
 * survey aggregated before the rules, so they see one fact per skill, role and team,
 * never one per answer.
 */
public record SkillCount(String skill, String role, String team, int[] people) {

	public SkillCount {
		people = people.clone();
	}

	public int assessed() {
		int n = 0;
		for (int p : people) {
			n += p;
		}
		return n;
	}

	public int atOrAbove(int target) {
		int n = 0;
		for (int level = target; level < people.length; level++) {
			n += people[level];
		}
		return n;
	}

	public long sum() {
		long s = 0;
		for (int level = 0; level < people.length; level++) {
			s += (long) level * people[level];
		}
		return s;
	}

}
