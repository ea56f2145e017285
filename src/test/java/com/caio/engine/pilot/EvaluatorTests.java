package com.caio.engine.pilot;

import com.caio.engine.ShippedRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;

import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluations end to end on the shipped rules: statistics, recommendation, fired rules,
 * and the PDF report.
 */
class EvaluatorTests {

	private static RuleSet rules;

	@BeforeAll
	static void compile() {
		rules = ShippedRules.get();
	}

	private static PilotEvaluation conversion(long nc, long xc, long nt, long xt) {
		PilotDesign design = PlannerTests.conversion(4000, 28, null).validate("plan.");
		return Evaluator.evaluate(rules, design, ArmTotals.ofRate("control", nc, xc),
				ArmTotals.ofRate("treatment", nt, xt), Evaluator.Source.AGGREGATES, LocalDate.of(2026, 11, 6),
				List.of("Stock feed lagged on 3 days."));
	}

	@Test
	void aClearWinScalesAndNamesItsRules() {
		PilotEvaluation e = conversion(31500, 1560, 31420, 1790);
		assertThat(e.decision()).isEqualTo("SCALE");
		assertThat(e.firedRules()).extracting(FiredRule::ruleId).containsExactly("PIL-DEC-002", "PIL-DEC-902");
		assertThat(e.plannedSampleReached()).isTrue();
		// prop.test(x=c(1790,1560), n=c(31420,31500), correct=FALSE)$p.value =
		// 3.18753036111516e-05
		assertThat(e.pValue()).isCloseTo(3.18753036111516e-05, withinPercentage(1e-4));
		assertThat(e.ruleSetVersion()).isEqualTo(rules.version());
	}

	@Test
	void aSampleRatioMismatchIsInvestigated() {
		// chisq.test(c(30000, 31000), p=c(0.5,0.5))$p.value = 5.14629589860848e-05
		PilotEvaluation e = conversion(30000, 1500, 31000, 1800);
		assertThat(e.srmPValue()).isCloseTo(5.14629589860848e-05, withinPercentage(1e-4));
		assertThat(e.decision()).isEqualTo("INVESTIGATE");
		assertThat(e.firedRules()).extracting(FiredRule::ruleId).contains("PIL-DEC-001", "PIL-DEC-900");
	}

	@Test
	void aCostKpiThatFellByMoreThanTheTargetScales() {
		PilotDesign design = PlannerTests.costPerAcquisition(20, 28).validate("plan.");
		PilotEvaluation e = Evaluator.evaluate(rules, design,
				ArmTotals.ofMean("control", 300, 53.5870454087305, 24.678653318107),
				ArmTotals.ofMean("treatment", 300, 44.0895202532642, 22.165281801492), Evaluator.Source.AGGREGATES,
				null, List.of());
		assertThat(e.relativeUplift()).isLessThan(-0.10);
		assertThat(e.decision()).isEqualTo("SCALE");
	}

	@Test
	void aCostKpiThatRoseSignificantlyStops() {
		PilotDesign design = PlannerTests.costPerAcquisition(20, 28).validate("plan.");
		PilotEvaluation e = Evaluator.evaluate(rules, design,
				ArmTotals.ofMean("control", 300, 44.0895202532642, 22.165281801492),
				ArmTotals.ofMean("treatment", 300, 53.5870454087305, 24.678653318107), Evaluator.Source.AGGREGATES,
				null, List.of());
		assertThat(e.decision()).isEqualTo("STOP");
		assertThat(e.firedRules()).extracting(FiredRule::ruleId).contains("PIL-DEC-003", "PIL-DEC-004");
	}

	@Test
	void thePdfReportCarriesTheReportContent() throws Exception {
		PilotEvaluation e = conversion(31500, 1560, 31420, 1790);
		SteeringDecision late = new SteeringDecision(1, "SCALE", LocalDate.of(2026, 11, 25), List.of("CMO", "CFO"),
				LocalDate.of(2026, 11, 6), 19, true, "SCALE", List.of(), Instant.now(), rules.version());
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PilotPdf.render(new PilotReport(e, List.of(late)), pdf);
		PdfReader reader = new PdfReader(pdf.toByteArray());
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Post-pilot report", "Hypothesis", "Recommendation: SCALE", "PIL-DEC-002", "+15.04%",
				"p = 3.19e-05", "Sample-ratio check", "Stock feed lagged on 3 days.", "CMO, CFO", "LATE");
	}

}
