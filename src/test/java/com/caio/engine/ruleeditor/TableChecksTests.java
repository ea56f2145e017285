package com.caio.engine.ruleeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.rules.EditableTable;
import com.caio.engine.rules.RuleMessage;
import org.junit.jupiter.api.Test;

/**
 * The checks a draft's tables get before publishing: gaps, overlaps and rows that never
 * fire, each at the row and column a business user edits.
 */
class TableChecksTests {

	static final String HEADER = """
			RuleSet,risk
			Import,"com.caio.engine.risk.HeatCell, com.caio.engine.risk.BandCandidate"
			,
			RuleTable Risk bands
			NAME,CONDITION,ACTION
			,$c : HeatCell,
			,score >= $param,"insertLogical( new BandCandidate( $c.likelihood(), $c.impact(), 1, ""$param"", ""#ffffff"", drools.getRule().getName() ) );"
			""";

	@Test
	void theShippedBandsHaveNoFinding() throws Exception {
		assertThat(check("risk/bands.drl.csv", Files.readString(Path.of("rules/risk/bands.drl.csv")))).isEmpty();
		assertThat(check("maturity/levels.drl.csv", Files.readString(Path.of("rules/maturity/levels.drl.csv"))))
			.isEmpty();
	}

	@Test
	void thresholdsNamesScoresNoRowReachesTwoRowsClaimingOneScoreAndARowNoScoreReaches() {
		String table = HEADER + """
				Band,Score at least [integer 1..25],Band name
				B-CRIT Critical,26,Critical
				B-HIGH High,10,High
				B-HIGH2 High again,10,High
				B-MED Medium,5,Medium
				""";

		List<String> findings = check("risk/bands.drl.csv", table);

		assertThat(findings).containsExactly(
				"risk/bands.drl.csv:11:B: warning: rows 10 and 11 both claim 'Score at least' >= 10; one of them never decides",
				"risk/bands.drl.csv:9:B: warning: 'Score at least' from 1 to below 5 reaches no row",
				"risk/bands.drl.csv:9:B: warning: no 'Score at least' reaches 26 (they run from 1 to 25): this row never fires");
	}

	@Test
	void rangesNameTheirGapsOverlapsAndEmptyRanges() {
		String table = HEADER.replace("score >= $param", "\"score >= $1, score <= $2\"") + """
				Band,Score from and to,Band name
				B-LOW Low,"1,4",Low
				B-MED Medium,"6,12",Medium
				B-HIGH High,"10,25",High
				B-ODD Odd,"9,3",Odd
				""";

		List<String> findings = check("risk/bands.drl.csv", table);

		assertThat(findings).containsExactly(
				"risk/bands.drl.csv:12:B: warning: the range 9 to 3 is empty: this row never fires",
				"risk/bands.drl.csv:10:B: warning: 'Score from and to' between 4 and 6 reaches no row",
				"risk/bands.drl.csv:11:B: warning: rows 10 and 11 both claim 'Score from and to' from 10 to 12");
	}

	@Test
	void equalityColumnsNameTwoRowsClaimingTheSameValue() throws Exception {
		String deadlines = Files.readString(Path.of("rules/onboarding/deadlines.drl.csv"));
		List<String> lines = new ArrayList<>(deadlines.lines().toList());
		lines.add(lines.get(lines.size() - 1).replaceFirst("^[A-Z0-9-]+", "ONB-DUP-001"));

		List<String> findings = check("onboarding/deadlines.drl.csv", String.join("\n", lines) + "\n");

		assertThat(findings).singleElement()
			.asString()
			.contains(":" + lines.size() + ":B: warning: rows ")
			.contains("both claim 'Criterion' = ");
	}

	static List<String> check(String path, String text) {
		List<List<String>> rows = EditableTable.rows(path, text.getBytes(StandardCharsets.UTF_8), new ArrayList<>())
			.orElseThrow();
		return TableChecks.check(path, rows).stream().map(RuleMessage::toString).toList();
	}

}
