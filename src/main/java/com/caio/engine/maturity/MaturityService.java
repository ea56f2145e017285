package com.caio.engine.maturity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.Hashing;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import com.caio.engine.storage.UploadStore;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Scores survey files with the current maturity rules and keeps every scoring. */
@Service
public class MaturityService {

	public static final String KIND = "maturity";

	private final RuleRuntime rules;

	private final ResultStore store;

	private final JsonMapper json;

	private final MaturityScorer scorer = new MaturityScorer();

	public MaturityService(RuleRuntime rules, ResultStore store, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.json = json;
	}

	/**
	 * Scores a file on disk without storing it. The file's SHA-256 is computed on another
	 * core while this one parses: hashing would otherwise cost about a fifth of the time.
	 */
	public MaturityReport score(Path file, String fileName) throws CsvFormatException {
		return score(file, fileName, CompletableFuture.supplyAsync(() -> Hashing.sha256(file)));
	}

	/**
	 * Scores a file on disk and stores the result; the returned report carries its id.
	 */
	public MaturityReport scoreAndStore(Path file, String fileName) throws CsvFormatException {
		return store(score(file, fileName));
	}

	/** Scores and stores an upload, which was hashed as it was kept. */
	public MaturityReport scoreAndStore(UploadStore.Upload upload) throws CsvFormatException {
		return store(score(upload.path(), upload.originalName(), CompletableFuture.completedFuture(upload.sha256())));
	}

	private MaturityReport score(Path file, String fileName, CompletableFuture<String> sha256)
			throws CsvFormatException {
		RuleSet ruleSet = rules.current();
		SurveyTally tally;
		try (InputStream in = Files.newInputStream(file)) {
			tally = new SurveyReader(ruleSet.data(QuestionCatalogue.class)).read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return scorer.score(ruleSet, tally, fileName, sha256.join());
	}

	private MaturityReport store(MaturityReport report) {
		StoredRun run = store.save(KIND, report.fileName(), report.fileSha256(), report.ruleSetVersion(),
				id -> json.writeValueAsString(report.withId(id)));
		return report.withId(run.id());
	}

	/** The question catalogue of the rules now serving. */
	public QuestionCatalogue catalogue() {
		return rules.current().data(QuestionCatalogue.class);
	}

	public Optional<StoredRun> find(long id) {
		return store.find(KIND, id);
	}

	public Optional<MaturityReport> findReport(long id) {
		return find(id).map(run -> json.readValue(run.resultJson(), MaturityReport.class));
	}

	public List<StoredRun> list(int limit) {
		return store.list(KIND, limit);
	}

	public String toJson(MaturityReport report) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

}
