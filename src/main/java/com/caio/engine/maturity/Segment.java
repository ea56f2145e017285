package com.caio.engine.maturity;

/**
 * A group of respondents the scores are broken down by; {@code segment} is "all" for
 * everyone, else "department:Name" or "role:Name". A rule fact.
 */
public record Segment(String segment, String kind, String name, long respondents) {
}
