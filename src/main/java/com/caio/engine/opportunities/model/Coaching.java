package com.caio.engine.opportunities.model;

import java.util.List;

/**
 * Coaching of one internal person during the project.
 *
 * @param pairingShare the share of the person's MVP work done in pairs with the
 * fractional CAIO (0-1)
 * @param measure how the outcome is measured, with its baseline and target
 */
public record Coaching(String person, List<String> skills, int sessions, double hoursPerSession, double pairingShare,
		String outcome, String measure, Double baseline, Double target) {

	public Coaching {
		skills = List.copyOf(skills);
	}

	public double hours() {
		return sessions * hoursPerSession;
	}

	/** An outcome with a measure and a target: something a review can check. */
	public boolean measurable() {
		return outcome != null && !outcome.isBlank() && measure != null && !measure.isBlank() && target != null;
	}

}
