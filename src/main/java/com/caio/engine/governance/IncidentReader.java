package com.caio.engine.governance;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.caio.engine.governance.model.IncidentRecord;

/**
 * Reads the incident register: {@code id, occurred, detected, reported, ai_system, kind,
 * severity, status, root_cause, serious_incident, regulator_notified_on}. Refused, naming
 * the line and column: a kind, severity or Article 73 class not in its list, dates out of
 * order (detected before occurred, reported before detected), a repeated id.
 */
final class IncidentReader {

	static final List<String> COLUMNS = List.of("id", "occurred", "detected", "reported", "ai_system", "kind",
			"severity", "status", "root_cause", "serious_incident", "regulator_notified_on");

	/** After the AI Incident Database and the MIT AI Risk Repository's domains. */
	static final List<String> KINDS = List.of("compliance", "model-failure", "security", "privacy", "other");

	static final List<String> SEVERITIES = List.of("minor", "major", "critical");

	static final List<String> STATUSES = List.of("open", "investigating", "mitigated", "closed");

	/**
	 * The EU AI Act Article 73 clock: none, general (15 days), death (10), widespread
	 * (2).
	 */
	static final List<String> SERIOUS = List.of("none", "general", "death", "widespread");

	List<IncidentRecord> read(InputStream in, String file) {
		Map<String, Long> seen = new HashMap<>();
		return new Lines(file, COLUMNS).read(in,
				Set.of("id", "occurred", "detected", "ai_system", "kind", "severity", "status"), l -> {
					String id = l.required("id", "the incident's id");
					Long before = seen.putIfAbsent(id, l.line());
					if (before != null) {
						throw l.refuse("id", "the incident '" + id + "' is already on line " + before);
					}
					IncidentRecord r = new IncidentRecord(id, l.date("occurred", true), l.date("detected", true),
							l.date("reported", false), l.required("ai_system", "the AI system involved"),
							l.oneOf("kind", KINDS, null), l.oneOf("severity", SEVERITIES, null),
							l.oneOf("status", STATUSES, null), l.text("root_cause"),
							l.oneOf("serious_incident", SERIOUS, "none"), l.date("regulator_notified_on", false),
							l.line());
					if (r.detected().isBefore(r.occurred())) {
						throw l.refuse("detected", "detected on " + r.detected() + ", before it occurred on "
								+ r.occurred() + "; dates run occurred, detected, reported");
					}
					if (r.reported() != null && r.reported().isBefore(r.detected())) {
						throw l.refuse("reported", "reported on " + r.reported() + ", before it was detected on "
								+ r.detected() + "; dates run occurred, detected, reported");
					}
					if (r.regulatorNotifiedOn() != null && r.regulatorNotifiedOn().isBefore(r.detected())) {
						throw l.refuse("regulator_notified_on", "the regulator was notified on "
								+ r.regulatorNotifiedOn() + ", before the incident was detected on " + r.detected());
					}
					return r;
				});
	}

}
