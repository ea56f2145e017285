package com.caio.engine.governance.model;

/** The framework's parts as the rules see them. */
public final class FrameworkFacts {

	private FrameworkFacts() {
	}

	/** A role and whether someone holds it. */
	public record RoleFact(String id, String title, boolean held) {
	}

	/** An escalation path and the role it ends in. */
	public record EscalationFact(String id, String trigger, String lastRole, boolean endsWithExecutive) {
	}

	/** A relevant team and whether it adopted the framework by the pack's day. */
	public record TeamFact(String name, boolean relevant, boolean adopted, boolean evidenced) {
	}

	/** A data/privacy check and whether it was evidenced within the quarter. */
	public record CheckFact(String id, String title, boolean evidencedInQuarter) {
	}

	/** The framework as a whole: present or not. */
	public record FrameworkPresence(boolean given, int roles, int escalations, int checks, int teams) {
	}

}
