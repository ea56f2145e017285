package com.caio.engine.pilot;

/** A per-unit CSV row left out of the evaluation, with its line and the reason. */
public record RejectedUnit(long line, String reason) {
}
