package com.caio.engine.pilot;

import com.caio.engine.common.BadInputException;

/**
 * The labels a per-unit CSV uses for the two arms, e.g. {@code control: gate_30} and
 * {@code treatment: gate_40} for a file whose arm column says gate_30 and gate_40.
 */
public record ArmLabels(String control, String treatment) {

	void validate(String where) {
		if (control == null || control.isBlank() || treatment == null || treatment.isBlank()) {
			throw new BadInputException(where, "name both labels, e.g. arms: {control: gate_30, treatment: gate_40}");
		}
		if (control.strip().equalsIgnoreCase(treatment.strip())) {
			throw new BadInputException(where,
					"control and treatment have the same label '" + control.strip() + "'; they must differ");
		}
	}

}
