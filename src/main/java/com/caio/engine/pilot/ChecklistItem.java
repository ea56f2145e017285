package com.caio.engine.pilot;

import java.time.LocalDate;

/**
 * One item of the data-readiness checklist: a data source, the KPI tracking or the
 * randomisation unit, with who confirmed it in writing and when (both null when not
 * confirmed).
 *
 * @param kind "data-source", "kpi-tracking" or "randomisation-unit"
 * @param name the data source's name, the tracked KPI's description or the randomisation
 * unit
 */
public record ChecklistItem(String kind, String name, String confirmedBy, LocalDate confirmedOn) {

	public static final String DATA_SOURCE = "data-source";

	public static final String KPI_TRACKING = "kpi-tracking";

	public static final String RANDOMISATION_UNIT = "randomisation-unit";

	/** Confirmed in writing: by a named person, on a date. */
	public boolean confirmed() {
		return confirmedBy != null && !confirmedBy.isBlank() && confirmedOn != null;
	}
}
