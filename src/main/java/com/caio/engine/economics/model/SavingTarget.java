package com.caio.engine.economics.model;

/**
 * The minimum saving the saving policy table sets for a basis; {@code rule} names the
 * row.
 */
public record SavingTarget(String basis, double minimumPct, String rule) {
}
