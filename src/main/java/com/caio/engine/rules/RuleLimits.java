package com.caio.engine.rules;

import java.time.Duration;

/**
 * How far one evaluation may go: at most {@code maxFirings} rule firings and
 * {@code timeLimit} of wall time ({@code caio.rules.max-firings},
 * {@code caio.rules.time-limit}).
 */
public record RuleLimits(long maxFirings, Duration timeLimit) {

	public static final RuleLimits DEFAULT = new RuleLimits(1_000_000, Duration.ofSeconds(30));

	public RuleLimits {
		if (maxFirings < 1 || maxFirings > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("caio.rules.max-firings must be between 1 and " + Integer.MAX_VALUE);
		}
		if (timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("caio.rules.time-limit must be positive");
		}
	}

}
