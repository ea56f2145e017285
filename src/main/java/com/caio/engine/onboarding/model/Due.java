package com.caio.engine.onboarding.model;

/**
 * An item due by a day of the engagement (day 1 is the start date); {@code rule} sets it.
 */
public record Due(String subject, String area, String title, int dueDay, String rule) {
}
