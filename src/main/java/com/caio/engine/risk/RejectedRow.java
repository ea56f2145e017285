package com.caio.engine.risk;

/**
 * A register row that was not ranked, and why.
 *
 * @param column 1-based column of the offending cell, 0 when the whole row is at fault
 */
public record RejectedRow(long line, int column, String reason) {
}
