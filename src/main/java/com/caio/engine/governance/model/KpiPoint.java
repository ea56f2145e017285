package com.caio.engine.governance.model;

import java.time.LocalDate;

/** One value of a KPI series, from line {@code line} of the KPI file. */
public record KpiPoint(LocalDate date, double value, boolean baseline, long line) {
}
