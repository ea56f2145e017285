package com.caio.engine.onboarding.model;

/** An item completed on a day of the engagement, as the events show. */
public record Done(String subject, int day) {
}
