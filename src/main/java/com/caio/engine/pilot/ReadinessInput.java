package com.caio.engine.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-readiness checklist as written: each data source with who confirmed access in
 * writing and when, the KPI tracking and the randomisation unit, each with its written
 * confirmation.
 */
public record ReadinessInput(List<DataSource> dataSources, Confirmation kpiTracking, Confirmation randomisationUnit) {

	/** A data source and its written access confirmation. */
	public record DataSource(String name, String accessConfirmedBy, LocalDate accessConfirmedOn) {
	}

	/** What is confirmed (the tracked event, the unit), by whom and when. */
	public record Confirmation(String what, String confirmedBy, LocalDate confirmedOn) {
	}

	List<ChecklistItem> items() {
		List<ChecklistItem> items = new ArrayList<>();
		if (dataSources != null) {
			for (DataSource source : dataSources) {
				if (source != null) {
					items.add(new ChecklistItem(ChecklistItem.DATA_SOURCE,
							source.name() == null ? "(unnamed)" : source.name(), source.accessConfirmedBy(),
							source.accessConfirmedOn()));
				}
			}
		}
		if (kpiTracking != null) {
			items.add(new ChecklistItem(ChecklistItem.KPI_TRACKING, kpiTracking.what(), kpiTracking.confirmedBy(),
					kpiTracking.confirmedOn()));
		}
		if (randomisationUnit != null) {
			items.add(new ChecklistItem(ChecklistItem.RANDOMISATION_UNIT, randomisationUnit.what(),
					randomisationUnit.confirmedBy(), randomisationUnit.confirmedOn()));
		}
		return items;
	}
}
