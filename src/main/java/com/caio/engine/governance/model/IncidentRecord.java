package com.caio.engine.governance.model;

import java.time.LocalDate;

/**
 * A row of the incident register.
 *
 * @param kind compliance, model-failure, security, privacy, other
 * @param severity minor, major, critical
 * @param seriousIncident the EU AI Act Article 73 clock that applies: none, general,
 * death, widespread (widespread infringement or critical infrastructure)
 * @param regulatorNotifiedOn null when not notified
 */
public record IncidentRecord(String id, LocalDate occurred, LocalDate detected, LocalDate reported, String aiSystem,
		String kind, String severity, String status, String rootCause, String seriousIncident,
		LocalDate regulatorNotifiedOn, long line) {
}
