package com.caio.engine.onboarding;

import java.time.Instant;

/** One stored plan: the run's identity and the result. */
public record OnboardingReport(Long id, Instant evaluatedAt, String ruleSetVersion, String fileName, String inputSha256,
		OnboardingResult result) {

	public OnboardingReport withId(long newId) {
		return new OnboardingReport(newId, evaluatedAt, ruleSetVersion, fileName, inputSha256, result);
	}

}
