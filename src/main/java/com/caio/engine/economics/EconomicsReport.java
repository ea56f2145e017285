package com.caio.engine.economics;

import java.time.Instant;

/** One stored assessment: the run's identity and the result. */
public record EconomicsReport(Long id, Instant evaluatedAt, String ruleSetVersion, String fileName, String inputSha256,
		EconomicsResult result) {

	public EconomicsReport withId(long newId) {
		return new EconomicsReport(newId, evaluatedAt, ruleSetVersion, fileName, inputSha256, result);
	}

}
