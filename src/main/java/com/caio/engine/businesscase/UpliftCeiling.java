package com.caio.engine.businesscase;

/**
 * The plausibility ceiling the decision table sets for one lever; {@code rule} names the
 * table row.
 */
public record UpliftCeiling(String path, double ceiling, String rule) {
}
