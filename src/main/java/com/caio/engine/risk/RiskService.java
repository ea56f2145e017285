package com.caio.engine.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.Hashing;
import com.caio.engine.maturity.MaturityReport;
import com.caio.engine.maturity.MaturityService;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranks risk registers with the current risk rules, optionally with an assessment's
 * derived risks, and keeps every ranking.
 */
@Service
public class RiskService {

	public static final String KIND = "risk";

	private final RuleRuntime rules;

	private final ResultStore store;

	private final MaturityService maturity;

	private final JsonMapper json;

	public RiskService(RuleRuntime rules, ResultStore store, MaturityService maturity, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.maturity = maturity;
		this.json = json;
	}

	/**
	 * Ranks a register stream without storing it; the SHA-256 is computed in the same
	 * pass.
	 * @throws BadInputException when {@code assessmentId} names no stored maturity
	 * assessment
	 */
	public RiskReport rank(InputStream in, String fileName, Long assessmentId) throws CsvFormatException {
		List<AssessedDimension> assessment = assessment(assessmentId);
		RuleSet ruleSet = rules.current();
		DigestInputStream digest = Hashing.sha256(in);
		Register register = new RegisterReader().read(digest);
		return assemble(ruleSet, register, assessment, fileName, Hashing.hex(digest), assessmentId);
	}

	/** Ranks a file on disk and stores the result; the returned report carries its id. */
	public RiskReport rankAndStore(Path file, String fileName, Long assessmentId) throws CsvFormatException {
		RiskReport report;
		try (InputStream in = Files.newInputStream(file)) {
			report = rank(in, fileName, assessmentId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RiskReport ranked = report;
		String inputName = assessmentId == null ? fileName : fileName + " + maturity assessment #" + assessmentId;
		StoredRun run = store.save(KIND, inputName, report.fileSha256(), report.ruleSetVersion(),
				id -> json.writeValueAsString(ranked.withId(id)));
		return report.withId(run.id());
	}

	static RiskReport assemble(RuleSet ruleSet, Register register, List<AssessedDimension> assessment, String fileName,
			String sha256, Long assessmentId) {
		RiskScorer.Outcome outcome = new RiskScorer().score(ruleSet, register.risks(), assessment);
		List<RiskReport.RankedRisk> ranked = Ranking.rank(outcome);
		List<RiskReport.Action> actions = Remediation.actions(outcome.risks(), outcome.priorities(), outcome.gaps());
		long inherent = Remediation.totalInherent(outcome.risks());
		long mitigated = Remediation.totalMitigated(outcome.risks());
		List<String> notes = new ArrayList<>(register.notes());
		notes.addAll(outcome.notes());
		return new RiskReport(null, Instant.now(), ruleSet.version(), fileName, sha256, assessmentId, register.rows(),
				register.rejectedCount(), List.copyOf(register.rejected()), List.copyOf(notes), ranked,
				Ranking.top5(ranked), Ranking.heatmap(ranked, outcome), actions, Remediation.timeline(actions),
				inherent, mitigated, Remediation.reductionPercent(inherent, mitigated), outcome.findings());
	}

	private List<AssessedDimension> assessment(Long id) {
		if (id == null) {
			return List.of();
		}
		MaturityReport report = maturity.findReport(id)
			.orElseThrow(() -> new BadInputException("assessment", "no stored maturity assessment #" + id
					+ "; give the id of one listed at /api/maturity/assessments"));
		return report.dimensions()
			.stream()
			.filter(d -> d.level() != null && d.score() != null)
			.map(d -> new AssessedDimension(id, d.dimension(), d.name(), d.score(), d.level()))
			.toList();
	}

	public Optional<StoredRun> find(long id) {
		return store.find(KIND, id);
	}

	public Optional<RiskReport> findReport(long id) {
		return find(id).map(run -> json.readValue(run.resultJson(), RiskReport.class));
	}

	public List<StoredRun> list(int limit) {
		return store.list(KIND, limit);
	}

	/**
	 * Streams the JSON, for reports too large to hold twice (a 100,000-risk register).
	 */
	public void writeJson(RiskReport report, java.io.OutputStream out) {
		json.writeValue(out, report);
	}

	public String toJson(RiskReport report) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

}
