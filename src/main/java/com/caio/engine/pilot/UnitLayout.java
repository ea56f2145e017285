package com.caio.engine.pilot;

import java.util.List;
import java.util.Locale;

/**
 * How a per-unit CSV is laid out, as the plan says: the labels its arm column uses for
 * control and treatment (default {@code control} and {@code treatment}) and the column
 * that holds the KPI (default {@code converted} for a rate, {@code value} for a mean).
 * The unit and arm columns are found by their usual names.
 */
record UnitLayout(String control, String treatment, String kpiColumn, KpiKind kind) {

	/** Names the unit id column goes by, in order of preference. */
	static final List<String> UNIT_COLUMNS = List.of("unit_id", "user_id", "userid", "unit", "customer_id");

	/** Names the arm column goes by, in order of preference. */
	static final List<String> ARM_COLUMNS = List.of("arm", "group", "variant", "version");

	/** control/treatment labels, the KPI column found from the header. */
	static final UnitLayout DEFAULT = new UnitLayout(null, null, null, null);

	static UnitLayout of(PlanInput plan, KpiKind kind) {
		if (plan == null) {
			return DEFAULT;
		}
		ArmLabels arms = plan.arms();
		return new UnitLayout(arms == null ? null : arms.control(), arms == null ? null : arms.treatment(),
				plan.kpiColumn(), kind);
	}

	String controlLabel() {
		return control == null || control.isBlank() ? "control" : control.strip();
	}

	String treatmentLabel() {
		return treatment == null || treatment.isBlank() ? "treatment" : treatment.strip();
	}

	boolean labelled() {
		return !controlLabel().equals("control") || !treatmentLabel().equals("treatment");
	}

	static String key(String header) {
		return header.strip().toLowerCase(Locale.ROOT);
	}

}
