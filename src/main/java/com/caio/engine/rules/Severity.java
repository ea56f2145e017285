package com.caio.engine.rules;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a finding matters, most serious first; written in lower case in JSON and text.
 */
public enum Severity {

	CRITICAL, WARNING, INFO;

	@JsonValue
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	@JsonCreator
	public static Severity of(String label) {
		return valueOf(label.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return label();
	}

}
