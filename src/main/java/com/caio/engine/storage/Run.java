package com.caio.engine.storage;

import java.time.Instant;

/**
 * One stored run of a capability: the envelope storage owns (id, time, rule-set version,
 * what went in) around the result the capability produced. Results carry no id, time,
 * version or file name of their own.
 *
 * @param kind the capability, e.g. "maturity"
 * @param result the capability's result; null in a listing
 */
public record Run<R>(long id, String kind, Instant at, String ruleSetVersion, Input input, R result) {

	/** What went in: the name the user gave it and the SHA-256 of its bytes. */
	public record Input(String name, String sha256) {
	}

}
