package com.caio.engine.governance.model;

import java.time.LocalDate;

/** A milestone of the pack file: due, and done on (null while open). */
public record PlannedMilestone(String name, LocalDate due, LocalDate doneOn) {
}
