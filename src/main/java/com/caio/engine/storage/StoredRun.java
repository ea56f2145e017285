package com.caio.engine.storage;

import java.time.Instant;

/**
 * One stored scoring: its input, the rule-set version that decided it, and the result as
 * JSON.
 *
 * @param kind the capability, e.g. "maturity"
 */
public record StoredRun(long id, String kind, String inputName, String inputSha256, String ruleSetVersion,
		Instant createdAt, String resultJson) {
}
