package com.caio.engine.upskilling.model;

/** Derived by the baseline rules: a skill a role is far below target in. */
public record CriticalGap(String skill, String text, String role, String rule) {
}
