package com.caio.engine.businesscase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import com.caio.engine.businesscase.BusinessCase.BaselineMetric;
import com.caio.engine.businesscase.deck.BusinessCaseDeck;
import com.caio.engine.businesscase.deck.ExecutiveSummary;
import com.caio.engine.csv.Hashing;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates business cases with the current rules, keeps every evaluation and renders its
 * documents.
 */
@Service
public class BusinessCaseService {

	public static final String KIND = "businesscase";

	private final RuleRuntime rules;

	private final ResultStore store;

	private final JsonMapper json;

	private final BusinessCaseReader reader = new BusinessCaseReader();

	private final BusinessCaseAssessor assessor = new BusinessCaseAssessor();

	public BusinessCaseService(RuleRuntime rules, ResultStore store, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.json = json;
	}

	/** Evaluates without storing; {@code baselineCsv} may be null. */
	public BusinessCaseReport evaluate(byte[] content, String fileName, byte[] baselineCsv, String csvName) {
		List<BaselineMetric> metrics = baselineCsv == null ? List.of()
				: BaselineCsv.read(new ByteArrayInputStream(baselineCsv), csvName);
		BusinessCase input = reader.read(content, fileName, metrics);
		return assessor.assess(rules.current(), input, fileName, sha256(content, baselineCsv));
	}

	/** Evaluates and stores; the returned report carries its id. */
	public BusinessCaseReport evaluateAndStore(byte[] content, String fileName, byte[] baselineCsv, String csvName) {
		BusinessCaseReport report = evaluate(content, fileName, baselineCsv, csvName);
		StoredRun run = store.save(KIND, fileName, report.inputSha256(), report.ruleSetVersion(),
				id -> json.writeValueAsString(report.withId(id)));
		return report.withId(run.id());
	}

	/**
	 * Evaluates a file on disk and stores it. The baseline CSV is {@code baseline} if
	 * given, else the file's own {@code baselineCsv}, resolved beside the file.
	 */
	public BusinessCaseReport evaluateFile(Path file, Path baseline) {
		byte[] content = readAll(file, file.toString());
		Path csv = baseline;
		if (csv == null) {
			String reference = reader.baselineCsvReference(content, file.getFileName().toString());
			csv = reference == null ? null : file.toAbsolutePath().getParent().resolve(reference);
		}
		byte[] csvContent = csv == null ? null : readAll(csv, "baselineCsv");
		return evaluateAndStore(content, file.getFileName().toString(), csvContent,
				csv == null ? null : csv.getFileName().toString());
	}

	public Optional<StoredRun> find(long id) {
		return store.find(KIND, id);
	}

	public Optional<BusinessCaseReport> findReport(long id) {
		return find(id).map(run -> json.readValue(run.resultJson(), BusinessCaseReport.class));
	}

	public List<StoredRun> list(int limit) {
		return store.list(KIND, limit);
	}

	public String toJson(BusinessCaseReport report) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

	public byte[] deck(BusinessCaseReport report) {
		return BusinessCaseDeck.render(report);
	}

	public byte[] summary(BusinessCaseReport report) {
		return ExecutiveSummary.render(report);
	}

	private static byte[] readAll(Path file, String where) {
		if (!Files.isReadable(file)) {
			throw new BadInputException(where, "cannot read " + file);
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content, byte[] baselineCsv) {
		MessageDigest digest = Hashing.sha256();
		digest.update(content);
		if (baselineCsv != null) {
			digest.update(baselineCsv);
		}
		return Hashing.hex(digest);
	}

}
