package com.caio.engine.ruleversions;

import java.time.Instant;

/**
 * One publication of a rule-set version: which version, when, by whom, how (publish,
 * rollback, file, start), why, the version it replaced (null for the first), and why an
 * administrator published it although its acceptance features did not pass (null
 * otherwise).
 */
public record RuleVersion(long id, String version, Instant publishedAt, String publishedBy, String how, String comment,
		String replaced, int ruleCount, String overrideReason) {

	public static final String PUBLISH = "publish";

	public static final String ROLLBACK = "rollback";

	public static final String FILE = "file";

	public static final String START = "start";

	/** The first 12 characters, as the pages show a version. */
	public String shortVersion() {
		return version.length() > 12 ? version.substring(0, 12) : version;
	}

}
