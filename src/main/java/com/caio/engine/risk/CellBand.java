package com.caio.engine.risk;

/**
 * Derived by rule: the band of a heatmap cell (and so of every risk in it), with the
 * table row that decided it.
 */
public record CellBand(int likelihood, int impact, int severity, String band, String colour, String rule) {
}
