package com.caio.engine.maturity;

import java.util.List;

/**
 * How many respondents of a segment gave at least one numeric answer in a dimension, and
 * which catalogue questions the dimension has. A rule fact.
 */
public record DimensionCoverage(String segment, String dimension, long respondents, List<String> questionIds) {
}
