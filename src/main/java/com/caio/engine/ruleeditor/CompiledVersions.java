package com.caio.engine.ruleeditor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.rules.RuleVersionFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The rule set of a version a run recorded: the one serving when it is that version, else
 * compiled from the files the published versions keep. The last few compiled are cached
 * (compiling the shipped set takes about a second; a preview re-runs many runs under the
 * same few versions).
 */
@Component
class CompiledVersions {

	static final int CACHED = 4;

	private final RuleRuntime runtime;

	private final ObjectProvider<RuleVersionFiles> versions;

	private final Map<String, RuleSet> cache = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
			return size() > CACHED;
		}
	};

	CompiledVersions(RuleRuntime runtime, ObjectProvider<RuleVersionFiles> versions) {
		this.runtime = runtime;
		this.versions = versions;
	}

	/** The rule set of this version; refused (409) when its files were not kept. */
	RuleSet ruleSet(String version) {
		RuleSet serving = runtime.current();
		if (serving.version().equals(version)) {
			return serving;
		}
		synchronized (cache) {
			RuleSet cached = cache.get(version);
			if (cached != null) {
				return cached;
			}
			Map<String, byte[]> files = files(version).orElseThrow(() -> new EditorProblem(HttpStatus.CONFLICT,
					"Rule version not kept", "the rule-set version " + version
							+ " is not serving and its files were not kept, so a run stamped with it cannot be re-run"));
			RuleRuntime.Candidate candidate = runtime.compile(files);
			if (!candidate.compiled()) {
				throw new EditorProblem(HttpStatus.CONFLICT, "Rule version does not compile",
						"the kept files of rule-set version " + version + " no longer compile here",
						Map.of("messages", candidate.messages().stream().map(RuleMessage::toString).toList()));
			}
			cache.put(version, candidate.ruleSet());
			return candidate.ruleSet();
		}
	}

	private Optional<Map<String, byte[]>> files(String version) {
		RuleVersionFiles kept = versions.getIfAvailable();
		return kept == null ? Optional.empty() : kept.files(version);
	}

	/** The versions compiled and cached now, most recently used last (for tests). */
	List<String> cached() {
		synchronized (cache) {
			return List.copyOf(cache.keySet());
		}
	}

}
