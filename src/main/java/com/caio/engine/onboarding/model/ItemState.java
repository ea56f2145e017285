package com.caio.engine.onboarding.model;

/**
 * Derived: where an item stands, in the states the engagement's acceptance rules use:
 * {@code met} (done by its due day), {@code late} (done after it), {@code pending} (not
 * done, not yet due) or {@code missed} (not done, past due).
 *
 * @param doneDay null unless done
 */
public record ItemState(String subject, String area, String title, String state, int dueDay, Integer doneDay) {

	public static final String MET = "met";

	public static final String LATE = "late";

	public static final String PENDING = "pending";

	public static final String MISSED = "missed";

}
