package com.caio.engine.onboarding.model;

/** The day of the engagement the states are judged on. */
public record AsOf(int day) {
}
