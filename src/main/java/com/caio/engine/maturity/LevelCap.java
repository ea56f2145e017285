package com.caio.engine.maturity;

import java.util.List;

/**
 * Derived by rule: a critical answer keeps a subject's level at or below
 * {@code maxLevel}.
 *
 * @param reason the sentence a reader sees, with the evidence
 */
public record LevelCap(String segment, String subject, int maxLevel, String ruleId, String reason,
		List<String> questionIds) {
}
