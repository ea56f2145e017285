package com.caio.engine.upskilling.model;

/**
 * Derived by the shift rules: {@code met}, {@code on track}, {@code at risk},
 * {@code off track}, or {@code not enough data}.
 */
public record ShiftState(String state, String rule) {
}
