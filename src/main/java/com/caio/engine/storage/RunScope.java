package com.caio.engine.storage;

import java.util.List;

/**
 * Which runs a caller may see: every run ({@code all}), or the runs of the given
 * engagements plus the runs without an engagement that {@code createdBy} made.
 */
public record RunScope(boolean all, String createdBy, List<Long> engagements) {

	public RunScope {
		engagements = List.copyOf(engagements);
	}

	public static RunScope everyRun() {
		return new RunScope(true, null, List.of());
	}

	/** Whether a run made by this owner is in scope. */
	public boolean includes(Owner owner) {
		return includes(owner.engagement(), owner.createdBy());
	}

	/** Whether a run of this engagement (null: none) made by this actor is in scope. */
	public boolean includes(Long engagement, String madeBy) {
		if (all) {
			return true;
		}
		return engagement == null ? createdBy != null && createdBy.equals(madeBy) : engagements.contains(engagement);
	}

	/** Who made a run and in which engagement (null: none). */
	public record Owner(Long engagement, String createdBy) {

		public static Owner none(String createdBy) {
			return new Owner(null, createdBy);
		}

	}

}
