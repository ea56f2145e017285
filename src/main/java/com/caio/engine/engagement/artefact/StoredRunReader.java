package com.caio.engine.engagement.artefact;

import java.util.Optional;

import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunStore;
import tools.jackson.databind.JsonNode;

/** Reads runs kept in the shared run store; subclasses read the JSON of one kind. */
abstract class StoredRunReader implements ArtefactReader {

	private static final int LOOKUP_LIMIT = 10_000;

	private final RunStore store;

	private final String kind;

	StoredRunReader(RunStore store, String kind) {
		this.store = store;
		this.kind = kind;
	}

	@Override
	public final String kind() {
		return kind;
	}

	/**
	 * Reads the run's owner row only, not its result: the check runs for every linked
	 * run.
	 */
	@Override
	public boolean exists(long runId) {
		return store.owner(kind(), runId).isPresent();
	}

	@Override
	public Optional<Long> findByInput(String input) {
		return store.list(kind(), LOOKUP_LIMIT)
			.stream()
			.filter(r -> r.input() != null && input.equals(r.input().name()))
			.map(Run::id)
			.findFirst();
	}

	@Override
	public Optional<ArtefactContent> read(Artefact artefact) {
		return store.find(kind(), artefact.runId(), JsonNode.class).map(run -> content(artefact, run.result()));
	}

	abstract ArtefactContent content(Artefact artefact, JsonNode result);

	static int count(JsonNode array) {
		return array == null || !array.isArray() ? 0 : array.size();
	}

}
