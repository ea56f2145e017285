package com.caio.engine.upskilling.model;

/**
 * A line of an input file left out, with why; the rest of the file still counts.
 *
 * @param file {@code survey}, {@code results} or {@code task log}
 * @param column 1-based, 0 when the whole line is wrong
 */
public record RejectedLine(String file, long line, int column, String reason) {
}
