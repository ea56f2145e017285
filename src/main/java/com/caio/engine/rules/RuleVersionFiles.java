package com.caio.engine.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The files of a rule-set version published before, from wherever published versions are
 * kept (the database): what a stored run is re-run under, what a roll back publishes
 * again.
 */
public interface RuleVersionFiles {

	/**
	 * @param version the SHA-256 version a run was stamped with
	 * @return its files by path below the rules folder, or empty when it was not kept
	 */
	Optional<Map<String, byte[]>> files(String version);

}
