package com.caio.engine.ruleeditor;

import java.util.List;

import com.caio.engine.common.Refusal;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs a stored run: reads its kept input again, assesses it under a rule set (the
 * version it recorded, or a draft), and compares the result with the stored one. Nothing
 * is stored.
 */
@Service
class Rerun {

	/** A re-run's outcome: identical, or the differences as JSON paths. */
	record Comparison(String kind, long id, String recordedVersion, String rerunVersion, boolean identical,
			List<JsonDiff.Difference> differences) {
	}

	private final Runs runs;

	private final KeptInputs inputs;

	private final CompiledVersions versions;

	private final JsonMapper json;

	Rerun(Runs runs, KeptInputs inputs, CompiledVersions versions, JsonMapper json) {
		this.runs = runs;
		this.inputs = inputs;
		this.versions = versions;
		this.json = json;
	}

	/** The run in scope, re-run under the version it recorded. */
	Comparison underRecordedVersion(String kind, long id, RunScope scope) {
		Run<?> run = runs.find(kind, id, scope);
		return under(runs.capability(kind), run, versions.ruleSet(run.ruleSetVersion()));
	}

	/** The stored run re-run under these rules. */
	Comparison under(Capability<?, ?> capability, Run<?> run, RuleSet rules) {
		Source source = inputs.source(capability, run);
		Object result = assess(capability, source, rules);
		JsonNode before = json.valueToTree(run.result());
		JsonNode after = json.valueToTree(result);
		List<JsonDiff.Difference> differences = JsonDiff.between(before, after);
		return new Comparison(run.kind(), run.id(), run.ruleSetVersion(), rules.version(), differences.isEmpty(),
				differences);
	}

	/** The stored result as JSON (for sentences about the differences). */
	JsonNode stored(Run<?> run) {
		return json.valueToTree(run.result());
	}

	private static <I, R> R assess(Capability<I, R> capability, Source source, RuleSet rules) {
		I input;
		try {
			input = capability.read(source, rules);
		}
		catch (Refusal ex) {
			throw new EditorProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Input refused now",
					"the kept input " + source.name() + " is refused under rule-set version " + rules.version() + ": "
							+ ex.where() + ": " + ex.what());
		}
		return capability.assess(input, rules);
	}

}
