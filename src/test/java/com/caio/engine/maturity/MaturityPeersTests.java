package com.caio.engine.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.caio.engine.ShippedRules;
import com.caio.engine.bench.PeerAgreement;
import com.caio.engine.bench.RealisticSurvey;
import com.caio.engine.bench.SurveyGenerator;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pandas and polars scripts that {@code bench maturity --peers} races
 * (bench/peers/maturity_*.py) do the engine's work: on the example and on a generated
 * survey in Likert labels, every number, level, segment, finding and rejected row they
 * write is the engine's. Skipped (an assumption) where python3 has neither library.
 */
class MaturityPeersTests {

	private final MaturityCapability capability = new MaturityCapability();

	private final RuleSet rules = ShippedRules.get();

	@TempDir
	Path scratch;

	@Test
	void thePeersScoreTheExampleAsTheEngineDoes() throws Exception {
		Path file = Path.of("examples/survey-wide.csv");
		MaturityReport report = score(file);
		assertThat(report.rejectedCount()).isEqualTo(3);
		assertThat(report.findings()).isNotEmpty();
		PeerAgreement.check("maturity", file, report, scratch);
	}

	@Test
	void thePeersScoreTheBenchmarksLabelledSurveyAsTheEngineDoes() throws Exception {
		List<String> ids = rules.data(QuestionCatalogue.class).questions().stream().map(Question::id).toList();
		Path file = SurveyGenerator.write(scratch.resolve("labels.csv"), 3_000, ids.subList(0, 25), true);
		MaturityReport report = score(file);
		assertThat(report.respondents()).isEqualTo(3_000);
		assertThat(report.segments()).hasSize(13);
		PeerAgreement.check("maturity", file, report, scratch);
	}

	@Test
	void thePeersScoreTheBenchmarksRealisticSurveyAsTheEngineDoes() throws Exception {
		List<String> ids = rules.data(QuestionCatalogue.class).questions().stream().map(Question::id).toList();
		Path file = RealisticSurvey.write(scratch.resolve("realistic.csv"), 20_000, ids.subList(0, 25));
		MaturityReport report = score(file);
		// quoted departments, N/A, and every kind of bad row the peers must reject alike
		assertThat(report.segments()).extracting(MaturityReport.SegmentResult::name).contains("Sales, EMEA");
		assertThat(report.rejectedRows()).extracting(RejectedRow::reason)
			.anyMatch(r -> r.startsWith("duplicate respondent"))
			.anyMatch(r -> r.startsWith("missing respondent id"))
			.anyMatch(r -> r.startsWith("answer '7'"));
		PeerAgreement.check("maturity", file, report, scratch);
	}

	private MaturityReport score(Path file) {
		Source source = Source.file(file);
		return capability.assess(capability.read(source, rules), rules);
	}

}
