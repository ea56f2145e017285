package com.caio.engine.upskilling.model;

/** A skill a team's role needs: the team's people of that role assessed and at target. */
public record TeamSkill(String team, String role, String skill, String text, int target, int assessed, int atTarget) {
}
