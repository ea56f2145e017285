package com.caio.engine.engagement.model;

/** Where an acceptance criterion stands on a given day. */
public enum CriterionState {

	/** Met, on or before its due date if it has one. */
	MET,
	/** Met after its due date. */
	MET_LATE,
	/** Not met, not yet due. */
	PENDING,
	/** Due and not met, or made impossible by what was recorded. */
	MISSED,
	/** The story is not in the engagement's scope. */
	NOT_APPLICABLE;

	public boolean done() {
		return this == MET || this == MET_LATE;
	}

}
