package com.caio.engine.risk;

import com.caio.engine.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;

/**
 * Small registers and the real risk rules from {@code rules/}, compiled by the production
 * loader.
 */
public final class RiskFixtures {

	static final String HEADER = "id,title,category,owner,likelihood,impact,mitigation,mitigation_cost,"
			+ "mitigated_likelihood,mitigated_impact,due_date,success_criterion";

	private RiskFixtures() {
	}

	static RuleSet shippedRules() {
		return ShippedRules.get();
	}

	static Register read(String... lines) throws CsvFormatException {
		String text = String.join("\n", lines) + "\n";
		return new RegisterReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Ranks rows given under {@link #HEADER}. */
	static RiskReport rank(String... rows) throws CsvFormatException {
		return rank(List.of(), rows);
	}

	static RiskReport rank(List<AssessedDimension> assessment, String... rows) throws CsvFormatException {
		String[] lines = new String[rows.length + 1];
		lines[0] = HEADER;
		System.arraycopy(rows, 0, lines, 1, rows.length);
		return new RiskCapability(id -> java.util.Optional.empty()).assess(new RiskInput(read(lines), assessment, null),
				shippedRules());
	}

	static RiskReport.RankedRisk risk(RiskReport report, String id) {
		return report.risks().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
	}

	static List<String> findings(RiskReport report, String ruleId) {
		return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.subject()).toList();
	}

	/**
	 * A register file ranked by the shipped rules, as {@link RiskRankings} reads it back
	 * from storage: for capabilities that read risk rankings.
	 */
	public static RiskRankings.Ranking ranking(Path register, long runId) {
		RuleSet rules = ShippedRules.get();
		RiskCapability risk = new RiskCapability(id -> java.util.Optional.empty());
		com.caio.engine.run.Source source = com.caio.engine.run.Source.file(register);
		RiskReport report = risk.assess(risk.read(source, rules), rules);
		return StoredRiskRankings.ranking(new com.caio.engine.storage.Run<>(runId, "risk", java.time.Instant.EPOCH,
				rules.version(), new com.caio.engine.storage.Run.Input(source.name(), source.sha256()), report));
	}

}
