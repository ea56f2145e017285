package com.caio.engine.ruleversions;

import java.time.Instant;

/**
 * One publication of a rule-set version: which version, when, by whom, how (publish,
 * rollback, file, start), why, and the version it replaced (null for the first).
 */
public record RuleVersion(long id, String version, Instant publishedAt, String publishedBy, String how, String comment,
		String replaced, int ruleCount) {

	public static final String PUBLISH = "publish";

	public static final String ROLLBACK = "rollback";

	public static final String FILE = "file";

	public static final String START = "start";

	/** The first 12 characters, as the pages show a version. */
	public String shortVersion() {
		return version.length() > 12 ? version.substring(0, 12) : version;
	}

}
