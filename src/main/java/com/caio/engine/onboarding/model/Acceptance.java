package com.caio.engine.onboarding.model;

/** A deliverable accepted by a stakeholder's role on a day of the engagement. */
public record Acceptance(String deliverable, String role, boolean executive, int day) {
}
