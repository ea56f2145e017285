package com.caio.engine.governance.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A governance framework: roles, escalation paths and data/privacy checks, each mapped to
 * the control ids it serves (ISO/IEC 42001 Annex A such as {@code A.3.2}, NIST AI RMF
 * functions GOVERN, MAP, MEASURE, MANAGE), and each team's adoption.
 */
public record Framework(String name, List<Role> roles, List<Escalation> escalations, List<Check> checks,
		List<Team> teams) {

	public Framework {
		roles = List.copyOf(roles);
		escalations = List.copyOf(escalations);
		checks = List.copyOf(checks);
		teams = List.copyOf(teams);
	}

	/** A role; {@code holder} null when nobody holds it. */
	public record Role(String id, String title, String holder, boolean executive, List<String> controls) {
	}

	/** An escalation path: the role ids in order, the last one accountable. */
	public record Escalation(String id, String trigger, List<String> steps, List<String> controls) {
	}

	/** A data or privacy check and the days it was evidenced. */
	public record Check(String id, String title, String area, List<String> controls, List<LocalDate> evidencedOn) {
	}

	/**
	 * A team's adoption: relevant or not, adopted on (null when not), evidence, and the
	 * controls it runs (all when the list is empty).
	 */
	public record Team(String name, boolean relevant, LocalDate adoptedOn, String evidence, List<String> controls) {
	}

	public static final Framework NONE = new Framework(null, List.of(), List.of(), List.of(), List.of());

}
