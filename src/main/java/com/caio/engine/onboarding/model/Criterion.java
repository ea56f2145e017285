package com.caio.engine.onboarding.model;

/**
 * One of the Onboarding story's criteria to track: introductions, access, steering, or a
 * deliverable's acceptance. The deadlines table sets its due day by {@code kind}.
 */
public record Criterion(String subject, String kind, String title, String deliverable) {
}
