package com.caio.engine.maturity;

/**
 * One survey question of the catalogue.
 *
 * @param reverse a reverse-worded question scores 6 - x
 * @param reference the framework clause the question comes from
 */
public record Question(String id, Dimension dimension, String text, double weight, boolean reverse, String reference) {
}
