package com.caio.engine.governance.render;

import com.caio.engine.governance.GovernanceReport;
import com.caio.engine.storage.Run;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pack as JSON without the run's id and time: the rule-set version and everything in
 * the pack, so the same inputs and rules give the same bytes (the run's {@code json}
 * carries its id and when it was stored as well).
 */
public final class PackJson {

	public static final String NAME = "pack";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the document holds. */
	public record Stamped(String ruleSetVersion, GovernanceReport pack) {
	}

	private PackJson() {
	}

	public static byte[] render(Run<GovernanceReport> run) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stamped(run.ruleSetVersion(), run.result()));
	}

}
