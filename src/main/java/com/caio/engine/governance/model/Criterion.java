package com.caio.engine.governance.model;

/**
 * The rules' verdict on one acceptance criterion of the story (1 to 4).
 *
 * @param state MET, NOT_MET or PENDING
 */
public record Criterion(int number, String state, String rule, String reason) {

	public static final String MET = "MET";

	public static final String NOT_MET = "NOT_MET";

	public static final String PENDING = "PENDING";

}
