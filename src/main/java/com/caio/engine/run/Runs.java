package com.caio.engine.run;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.caio.engine.common.NotFoundException;
import com.caio.engine.common.Refusal;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import com.caio.engine.storage.RunStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs, stores, finds and lists the runs of every capability, and renders their
 * documents. A run takes the rule set serving now once, reads, assesses and stores with
 * it, and is stamped with its version.
 */
@Service
public class Runs {

	private final Map<String, Capability<?, ?>> capabilities = new LinkedHashMap<>();

	private final RuleRuntime rules;

	private final RunStore store;

	/** The document every capability has: the stored run as JSON. */
	static final String JSON = "json";

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final ObjectProvider<InputRecorder> recorders;

	public Runs(List<Capability<?, ?>> capabilities, RuleRuntime rules, RunStore store, JsonMapper json,
			TransactionTemplate transaction, ObjectProvider<InputRecorder> recorders) {
		capabilities.stream().sorted(Comparator.comparing(Capability::kind)).forEach(c -> {
			if (this.capabilities.put(c.kind(), c) != null) {
				throw new IllegalStateException("two capabilities of kind '" + c.kind() + "'");
			}
		});
		this.rules = rules;
		this.store = store;
		this.json = json;
		this.transaction = transaction;
		this.recorders = recorders;
	}

	/** Every capability, by kind. */
	public List<Capability<?, ?>> capabilities() {
		return List.copyOf(capabilities.values());
	}

	public Capability<?, ?> capability(String kind) {
		Capability<?, ?> capability = capabilities.get(kind);
		if (capability == null) {
			throw new NotFoundException(
					"no capability '" + kind + "'; the capabilities are " + String.join(", ", capabilities.keySet()));
		}
		return capability;
	}

	public Run<?> run(String kind, Source source) {
		return run(capability(kind), source);
	}

	public <I, R> Run<R> run(Capability<I, R> capability, Source source) {
		return run(capability, source, RunScope.Owner.none(null));
	}

	/**
	 * Reads, assesses and stores as made by {@code owner}; a refusal names the source it
	 * is in.
	 */
	public <I, R> Run<R> run(Capability<I, R> capability, Source source, RunScope.Owner owner) {
		return runStored(capability, source, owner).run();
	}

	/**
	 * Like {@link #run(Capability, Source, RunScope.Owner)}, with the result's stored
	 * JSON.
	 */
	public <I, R> RunStore.Stored<R> runStored(Capability<I, R> capability, Source source, RunScope.Owner owner) {
		RuleSet ruleSet = rules.current();
		ruleSet.require(capability.kind());
		I input;
		try {
			input = capability.read(source, ruleSet);
		}
		catch (Refusal ex) {
			throw ex.inFile(source.name());
		}
		R result = capability.assess(input, ruleSet);
		return transaction.execute(status -> {
			RunStore.Stored<R> stored = store.store(capability.kind(), new Run.Input(source.name(), source.sha256()),
					ruleSet.version(), result, owner);
			Run<R> run = stored.run();
			capability.stored(run, input);
			recorders.orderedStream().forEach(r -> r.record(run, source));
			return stored;
		});
	}

	public Run<?> find(String kind, long id) {
		return find(kind, id, RunScope.everyRun());
	}

	public <R> Run<R> find(Capability<?, R> capability, long id) {
		return find(capability, id, RunScope.everyRun());
	}

	/**
	 * The run if it is in scope; otherwise refused with 404 ("no KIND run with id N", as
	 * for a missing one).
	 */
	public Run<?> find(String kind, long id, RunScope scope) {
		return find(capability(kind), id, scope);
	}

	public <R> Run<R> find(Capability<?, R> capability, long id, RunScope scope) {
		return store.find(capability.kind(), id, capability.resultType(), scope)
			.orElseThrow(() -> new NotFoundException("no " + capability.kind() + " run with id " + id));
	}

	/** The engagement a stored run belongs to, if any (read from its owner row alone). */
	public java.util.Optional<Long> engagementOf(String kind, long id) {
		return store.owner(kind, id).map(RunScope.Owner::engagement);
	}

	/** The newest {@code limit} runs (1 to 1000), without their results. */
	public List<Run<Void>> list(String kind, int limit) {
		return list(kind, limit, RunScope.everyRun());
	}

	/** The newest {@code limit} runs (1 to 1000) in scope, without their results. */
	public List<Run<Void>> list(String kind, int limit, RunScope scope) {
		return store.list(capability(kind).kind(), Math.min(Math.max(limit, 1), 1000), scope);
	}

	/** A stored run's document, {@code json} included. */
	public Rendered document(String kind, long id, String name) {
		return document(kind, id, name, RunScope.everyRun());
	}

	/** A document of a run in scope (a run out of scope is answered as a missing one). */
	public Rendered document(String kind, long id, String name, RunScope scope) {
		return document(capability(kind), id, name, scope);
	}

	private <R> Rendered document(Capability<?, R> capability, long id, String name, RunScope scope) {
		Run<R> run = find(capability, id, scope);
		Document<R> document = document(capability, name);
		return new Rendered(document.fileName(run), document.mediaType(), document.render().apply(run));
	}

	/**
	 * The names of the documents a stored run of this capability has: the ones it
	 * declares, then {@code json} (the run itself), which every capability has.
	 */
	public List<String> documentNames(Capability<?, ?> capability) {
		List<String> names = new java.util.ArrayList<>(capability.documents().stream().map(Document::name).toList());
		names.add(JSON);
		return names;
	}

	/** The capability's document by name, or refused naming the documents it has. */
	public <R> Document<R> document(Capability<?, R> capability, String name) {
		if (name.equals(JSON)) {
			return new Document<>(JSON, "application/json",
					run -> json.writerWithDefaultPrettyPrinter().writeValueAsBytes(run));
		}
		String document = capability.legacy().files().getOrDefault(name, name);
		return capability.documents()
			.stream()
			.filter(d -> d.name().equals(document))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(capability.kind() + " has no document '" + name + "'; it has "
					+ String.join(", ", documentNames(capability))));
	}

	/** A run as pretty JSON, as the command line prints it. */
	public String json(Run<?> run) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(run);
	}

	/** A rendered document: the name to save it under, its media type and its bytes. */
	public record Rendered(String fileName, String mediaType, byte[] bytes) {
	}

}
