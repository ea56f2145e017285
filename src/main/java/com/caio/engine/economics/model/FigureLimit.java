package com.caio.engine.economics.model;

/**
 * The plausible range a limits table row sets for a figure; {@code rule} names the row.
 */
public record FigureLimit(String path, double minimum, double maximum, String rule) {
}
