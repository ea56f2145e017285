package com.caio.engine.economics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.caio.engine.csv.Hashing;
import com.caio.engine.economics.render.CostBenefitSummary;
import com.caio.engine.economics.render.ProposalDocx;
import com.caio.engine.economics.render.ProposalPdf;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.storage.ResultStore;
import com.caio.engine.storage.StoredRun;
import com.caio.engine.web.BadInputException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assesses engagement economics with the current rules, keeps every assessment and
 * renders its documents.
 */
@Service
public class EconomicsService {

	public static final String KIND = "economics";

	private final RuleRuntime rules;

	private final ResultStore store;

	private final JsonMapper json;

	private final EconomicsReader reader = new EconomicsReader();

	private final EconomicsAssessor assessor = new EconomicsAssessor();

	public EconomicsService(RuleRuntime rules, ResultStore store, JsonMapper json) {
		this.rules = rules;
		this.store = store;
		this.json = json;
	}

	/** Assesses and stores; the returned report carries its id. */
	public EconomicsReport assessAndStore(byte[] content, String fileName) {
		RuleSet ruleSet = rules.current();
		EconomicsResult result = assessor.assess(ruleSet, reader.read(content, fileName));
		EconomicsReport report = new EconomicsReport(null, Instant.now(), ruleSet.version(), fileName, sha256(content),
				result);
		StoredRun run = store.save(KIND, fileName, report.inputSha256(), report.ruleSetVersion(),
				id -> json.writeValueAsString(report.withId(id)));
		return report.withId(run.id());
	}

	private static String sha256(byte[] content) {
		var digest = Hashing.sha256();
		digest.update(content);
		return Hashing.hex(digest);
	}

	public EconomicsReport assessFile(Path file) {
		if (!Files.isReadable(file)) {
			throw new BadInputException(file.toString(), "cannot read " + file);
		}
		try {
			return assessAndStore(Files.readAllBytes(file), file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<StoredRun> find(long id) {
		return store.find(KIND, id);
	}

	public Optional<EconomicsReport> findReport(long id) {
		return find(id).map(run -> json.readValue(run.resultJson(), EconomicsReport.class));
	}

	public List<StoredRun> list(int limit) {
		return store.list(KIND, limit);
	}

	public String toJson(EconomicsReport report) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

	public byte[] proposalDocx(EconomicsReport report) {
		return ProposalDocx.render(report.result());
	}

	public byte[] proposalPdf(EconomicsReport report) {
		return ProposalPdf.render(report.result());
	}

	public byte[] summaryPdf(EconomicsReport report) {
		return CostBenefitSummary.render(report.result());
	}

}
