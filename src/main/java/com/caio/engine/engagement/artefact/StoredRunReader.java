package com.caio.engine.engagement.artefact;

import java.util.Optional;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads runs kept in the shared result store; subclasses read the JSON of one kind. */
abstract class StoredRunReader implements ArtefactReader {

	private static final int LOOKUP_LIMIT = 10_000;

	private final ResultStore store;

	private final JsonMapper json;

	StoredRunReader(ResultStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	@Override
	public boolean exists(long runId) {
		return store.find(kind(), runId).isPresent();
	}

	@Override
	public Optional<Long> findByInput(String input) {
		return store.list(kind(), LOOKUP_LIMIT)
			.stream()
			.filter(r -> input.equals(r.inputName()))
			.map(StoredRun::id)
			.findFirst();
	}

	@Override
	public Optional<ArtefactContent> read(Artefact artefact) {
		return store.find(kind(), artefact.runId()).map(run -> content(artefact, json.readTree(run.resultJson())));
	}

	abstract ArtefactContent content(Artefact artefact, JsonNode result);

	static int count(JsonNode array) {
		return array == null || !array.isArray() ? 0 : array.size();
	}

}
