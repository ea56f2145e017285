package com.caio.engine.governance.model;

/** The stored risk run chosen for a quarter. */
public record QuarterRun(Quarter quarter, long runId) {
}
