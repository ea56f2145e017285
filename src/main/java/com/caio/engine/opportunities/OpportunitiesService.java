package com.caio.engine.opportunities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.Hashing;
import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranks backlogs and simulates MVP plans with the current rules, and keeps every run in
 * the shared run storage (kind {@value #KIND}).
 */
@Service
public class OpportunitiesService {

	public static final String KIND = "opportunities";

	private final RuleRuntime rules;

	private final ResultStore store;

	private final JsonMapper json;

	public OpportunitiesService(RuleRuntime rules, ResultStore store, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.json = json;
	}

	/** A file to read and the name its messages use. */
	public record Input(Path path, String name) {
	}

	/**
	 * A stored run: what was read, with which rules, and the result (the JSON of the
	 * shared capability shape: id, kind, at, ruleSetVersion, input, result).
	 */
	public record Run(Long id, String kind, Instant at, String ruleSetVersion, RunInput input,
			OpportunitiesReport result) {
	}

	/** The files a run read: their names and SHA-256. */
	public record RunInput(String name, String sha256) {
	}

	/**
	 * Assesses a backlog, a plan or both, and stores the run.
	 * @param method the scoring method asked for (null: the backlog's or the default)
	 */
	public Run assessAndStore(Input backlog, Input plan, String method) throws CsvFormatException {
		RuleSet ruleSet = rules.current();
		Backlog read = backlog == null ? null : readBacklog(backlog, method);
		MvpPlan mvp = plan == null ? null : readPlan(plan, ruleSet);
		OpportunitiesReport report = OpportunitiesAssessor.assess(ruleSet, read, mvp);
		String name = String.join(" + ",
				java.util.stream.Stream.of(backlog, plan).filter(i -> i != null).map(Input::name).toList());
		String sha = sha256(backlog, plan);
		Instant now = Instant.now();
		RunInput input = new RunInput(name, sha);
		StoredRun stored = store.save(KIND, name, sha, ruleSet.version(),
				id -> json.writeValueAsString(new Run(id, KIND, now, ruleSet.version(), input, report)));
		return new Run(stored.id(), KIND, now, ruleSet.version(), input, report);
	}

	private static Backlog readBacklog(Input input, String method) throws CsvFormatException {
		try (InputStream in = Files.newInputStream(input.path())) {
			return new BacklogReader().read(in, input.name(), method);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MvpPlan readPlan(Input input, RuleSet ruleSet) {
		try (InputStream in = Files.newInputStream(input.path())) {
			return new PlanReader().read(in, OpportunitiesAssessor.defaultDraws(ruleSet));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One file's SHA-256, or for two the SHA-256 of both hashes. */
	private static String sha256(Input backlog, Input plan) {
		List<String> hashes = java.util.stream.Stream.of(backlog, plan)
			.filter(i -> i != null)
			.map(i -> Hashing.sha256(i.path()))
			.toList();
		if (hashes.size() == 1) {
			return hashes.get(0);
		}
		MessageDigest digest = Hashing.sha256();
		digest.update(String.join(":", hashes).getBytes(StandardCharsets.US_ASCII));
		return Hashing.hex(digest);
	}

	public Optional<StoredRun> find(long id) {
		return store.find(KIND, id);
	}

	public Optional<Run> findRun(long id) {
		return find(id).map(run -> json.readValue(run.resultJson(), Run.class));
	}

	public List<StoredRun> list(int limit) {
		return store.list(KIND, limit);
	}

	public String toJson(Run run) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(run);
	}

}
