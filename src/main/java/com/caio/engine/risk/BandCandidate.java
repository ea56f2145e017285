package com.caio.engine.risk;

/**
 * Derived by the bands table: a cell's score reaches this band; the most severe band
 * reached wins.
 */
public record BandCandidate(int likelihood, int impact, int severity, String band, String colour, String rule) {
}
