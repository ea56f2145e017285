package com.caio.engine.maturity;

import java.util.Arrays;
import java.util.Optional;

/** The five dimensions the CDO's maturity report covers. */
public enum Dimension {

	GOVERNANCE("governance", "Governance"), DATA_READINESS("data_readiness", "Data readiness"),
	MODEL_LIFECYCLE("model_lifecycle", "Model lifecycle"), TOOLING("tooling", "Tooling"), SKILLS("skills", "Skills");

	private final String id;

	private final String label;

	Dimension(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	/**
	 * The dimension as a sentence names it ({@code data_readiness} is "data readiness");
	 * an unknown id as it is.
	 */
	public static String named(String id) {
		return byId(id).map(d -> d.label.toLowerCase(java.util.Locale.ROOT)).orElse(id);
	}

	public static Optional<Dimension> byId(String id) {
		return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
	}

}
